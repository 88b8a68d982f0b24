// Worked examples of every Senior Alert instrument: all-minimum, all-maximum,
// exactly at each cut-off and each alternative path.
#include <catch2/catch.hpp>

#include "domain/risk/RiskInstrument.h"

#include <QJsonDocument>

using namespace tf;

namespace {
RiskScoring score(const char *key, const char *json)
{
    const RiskInstrument *instrument = findRiskInstrument(QString::fromLatin1(key));
    REQUIRE(instrument != nullptr);
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    REQUIRE(document.isObject());
    return scoreRisk(*instrument, document.object());
}

void requireResult(
    const RiskScoring &scoring, std::optional<int> total, bool risk, const char *level)
{
    INFO(scoring.error.toStdString());
    REQUIRE(scoring.ok);
    CHECK(scoring.result.score == total);
    CHECK(scoring.result.risk == risk);
    CHECK(scoring.result.level == QLatin1String(level));
}

bool isItemKey(const QString &key)
{
    for (const RiskInstrument *instrument : riskInstruments()) {
        if (instrument->item(key))
            return true;
    }
    return false;
}

// The error is about the item, and names it in the form's words: an
// internal key such as "calfCm" never shows in a message.
void requireError(const RiskScoring &scoring, const char *itemKey)
{
    REQUIRE_FALSE(scoring.ok);
    INFO(scoring.error.toStdString());
    const QString key = QLatin1String(itemKey);
    if (!scoring.itemKey.isEmpty())
        CHECK(scoring.itemKey == key);
    if (isItemKey(key))
        CHECK_FALSE(scoring.error.contains(key));
}
} // namespace

TEST_CASE("every instrument is listed with cut-off and source", "[risk]")
{
    QStringList keys;
    for (const RiskInstrument *instrument : riskInstruments()) {
        keys << instrument->key;
        CHECK_FALSE(instrument->cutOff.isEmpty());
        CHECK_FALSE(instrument->source.isEmpty());
        CHECK_FALSE(instrument->version.isEmpty());
        CHECK(instrument->evaluate != nullptr);
    }
    CHECK(keys == QStringList {"downton", "skl_fall", "norton", "mnasf", "skr_nutrition", "roag"});
    CHECK(findRiskInstrument(QStringLiteral("norton5")) == nullptr);
}

TEST_CASE("Downton fall risk index scores as published", "[risk]")
{
    requireResult(score("downton", R"({"previousFalls":false,"medications":[],"sensoryDeficits":[],
                                       "confused":false,"gait":"normal"})"),
        0, false, "no_risk");
    requireResult(score("downton",
                      R"({"previousFalls":true,"medications":["sedatives","diuretics",
                            "antihypertensives","antiparkinson","antidepressants","other"],
                            "sensoryDeficits":["vision","hearing","limbs"],"confused":true,
                            "gait":"unsafe"})"),
        11, true, "risk");
    // Just below and exactly at the cut-off of 3.
    requireResult(score("downton", R"({"previousFalls":true,"medications":["diuretics"],
                                       "sensoryDeficits":[],"confused":false,"gait":"normal"})"),
        2, false, "no_risk");
    requireResult(score("downton", R"({"previousFalls":true,"medications":["diuretics"],
                                       "sensoryDeficits":[],"confused":true,"gait":"normal"})"),
        3, true, "risk");
    // Published quirks: other medications and being unable to walk score 0.
    requireResult(score("downton", R"({"previousFalls":false,"medications":["other"],
                                       "sensoryDeficits":["vision"],"confused":false,
                                       "gait":"unable"})"),
        1, false, "no_risk");
    requireResult(score("downton", R"({"previousFalls":false,"medications":[],
                                       "sensoryDeficits":[],"confused":false,
                                       "gait":"safe_with_aid"})"),
        0, false, "no_risk");
    CHECK_FALSE(score("downton", R"({"previousFalls":true,"medications":[],"sensoryDeficits":[],
                                     "confused":false,"gait":"normal"})")
                    .result.referral.has_value());
}

TEST_CASE("Downton answers that are wrong name the item", "[risk]")
{
    requireError(score("downton", R"({"previousFalls":false,"medications":[],"sensoryDeficits":[],
                                      "confused":false})"),
        "gait");
    requireError(score("downton", R"({"previousFalls":false,"medications":[],"sensoryDeficits":[],
                                      "confused":false,"gait":"fast"})"),
        "gait");
    requireError(score("downton", R"({"previousFalls":"yes","medications":[],"sensoryDeficits":[],
                                      "confused":false,"gait":"normal"})"),
        "previousFalls");
    requireError(score("downton", R"({"previousFalls":false,"medications":["aspirin"],
                                      "sensoryDeficits":[],"confused":false,"gait":"normal"})"),
        "medications");
    requireError(score("downton", R"({"previousFalls":false,"medications":["diuretics","diuretics"],
                                      "sensoryDeficits":[],"confused":false,"gait":"normal"})"),
        "medications");
    requireError(
        score("downton", R"({"previousFalls":false,"medications":[],"sensoryDeficits":"vision",
                                      "confused":false,"gait":"normal"})"),
        "sensoryDeficits");
    requireError(score("downton", R"({"previousFall":false,"previousFalls":false,"medications":[],
                                      "sensoryDeficits":[],"confused":false,"gait":"normal"})"),
        "previousFall");
}

TEST_CASE("SKL fall questions: at least one yes is a risk, no total", "[risk]")
{
    requireResult(score("skl_fall", R"({"fallenLastYear":false,"judgedAtRisk":false})"),
        std::nullopt, false, "no_risk");
    requireResult(score("skl_fall", R"({"fallenLastYear":true,"judgedAtRisk":false})"),
        std::nullopt, true, "risk");
    requireResult(score("skl_fall", R"({"fallenLastYear":false,"judgedAtRisk":true})"),
        std::nullopt, true, "risk");
    requireResult(score("skl_fall", R"({"fallenLastYear":true,"judgedAtRisk":true})"), std::nullopt,
        true, "risk");
    requireError(score("skl_fall", R"({"fallenLastYear":true})"), "judgedAtRisk");
    requireError(
        score("skl_fall", R"({"fallenLastYear":1,"judgedAtRisk":false})"), "fallenLastYear");
}

TEST_CASE("Modified Norton scale: 20 points or fewer is a risk of pressure ulcers", "[risk]")
{
    requireResult(score("norton", R"({"mentalState":1,"physicalActivity":1,"mobility":1,
                                      "foodIntake":1,"fluidIntake":1,"incontinence":1,
                                      "generalCondition":1})"),
        7, true, "risk");
    requireResult(score("norton", R"({"mentalState":4,"physicalActivity":4,"mobility":4,
                                      "foodIntake":4,"fluidIntake":4,"incontinence":4,
                                      "generalCondition":4})"),
        28, false, "no_risk");
    requireResult(score("norton", R"({"mentalState":4,"physicalActivity":4,"mobility":4,
                                      "foodIntake":4,"fluidIntake":2,"incontinence":1,
                                      "generalCondition":1})"),
        20, true, "risk");
    requireResult(score("norton", R"({"mentalState":4,"physicalActivity":4,"mobility":4,
                                      "foodIntake":4,"fluidIntake":3,"incontinence":1,
                                      "generalCondition":1})"),
        21, false, "no_risk");
    const char *outOfRange[] = {
        R"({"mentalState":0,"physicalActivity":4,"mobility":4,"foodIntake":4,"fluidIntake":4,
            "incontinence":4,"generalCondition":4})",
        R"({"mentalState":5,"physicalActivity":4,"mobility":4,"foodIntake":4,"fluidIntake":4,
            "incontinence":4,"generalCondition":4})",
        R"({"mentalState":2.5,"physicalActivity":4,"mobility":4,"foodIntake":4,"fluidIntake":4,
            "incontinence":4,"generalCondition":4})",
        R"({"mentalState":"4","physicalActivity":4,"mobility":4,"foodIntake":4,"fluidIntake":4,
            "incontinence":4,"generalCondition":4})",
    };
    for (const char *json : outOfRange)
        requireError(score("norton", json), "mentalState");
    requireError(score("norton", R"({"mentalState":4,"physicalActivity":4,"mobility":4,
                                     "foodIntake":4,"fluidIntake":4,"incontinence":4})"),
        "generalCondition");
}

TEST_CASE("MNA-SF scores with BMI and its three levels", "[risk]")
{
    requireResult(score("mnasf", R"({"foodIntake":0,"weightLoss":0,"mobility":0,
                                     "stressOrAcuteDisease":0,"neuropsychological":0,"bmi":18.9})"),
        0, true, "malnourished");
    requireResult(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                     "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":23})"),
        14, false, "normal");
    // 11 points from A–E; the BMI band decides 11 (at risk) or 12 (normal).
    const char *base = R"("foodIntake":2,"weightLoss":3,"mobility":2,"stressOrAcuteDisease":2,
                          "neuropsychological":2)";
    auto withBmi = [&](const char *bmi) {
        return score("mnasf", (QByteArray("{") + base + ",\"bmi\":" + bmi + "}").constData());
    };
    requireResult(withBmi("18.99"), 11, true, "at_risk");
    requireResult(withBmi("19"), 12, false, "normal");
    requireResult(withBmi("20.99"), 12, false, "normal");
    requireResult(withBmi("21"), 13, false, "normal");
    requireResult(withBmi("22.99"), 13, false, "normal");
    requireResult(withBmi("23"), 14, false, "normal");
    // The boundary between malnourished (7) and at risk (8).
    requireResult(score("mnasf", R"({"foodIntake":0,"weightLoss":2,"mobility":1,
                                     "stressOrAcuteDisease":2,"neuropsychological":1,"bmi":20})"),
        7, true, "malnourished");
    requireResult(score("mnasf", R"({"foodIntake":0,"weightLoss":2,"mobility":1,
                                     "stressOrAcuteDisease":2,"neuropsychological":1,"bmi":21})"),
        8, true, "at_risk");
}

TEST_CASE("MNA-SF uses calf circumference only when BMI is missing", "[risk]")
{
    requireResult(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                     "stressOrAcuteDisease":2,"neuropsychological":2,"calfCm":31})"),
        14, false, "normal");
    requireResult(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                     "stressOrAcuteDisease":2,"neuropsychological":2,
                                     "calfCm":30.9})"),
        11, true, "at_risk");
    requireResult(score("mnasf", R"({"foodIntake":0,"weightLoss":0,"mobility":0,
                                     "stressOrAcuteDisease":0,"neuropsychological":0,"calfCm":25})"),
        0, true, "malnourished");
    requireError(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":24,
                                    "calfCm":31})"),
        "calfCm");
    requireError(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":2,"neuropsychological":2})"),
        "bmi");
    const RiskScoring both = score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
        "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":24,"calfCm":31})");
    CHECK(both.error.startsWith(QStringLiteral("Ange antingen BMI (F1) eller vadomfång (F2)")));
    const RiskScoring neither = score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
        "stressOrAcuteDisease":2,"neuropsychological":2})");
    CHECK(neither.error.startsWith(QStringLiteral("Svar saknas på BMI (F1)")));
    const RiskScoring grade = score("mnasf", R"({"foodIntake":3,"weightLoss":3,"mobility":2,
        "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":24})");
    CHECK(grade.error.startsWith(
        QStringLiteral("Svaret på ”A. Minskat födointag senaste 3 månaderna” ska vara")));
    requireError(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":1,"neuropsychological":2,"bmi":24})"),
        "stressOrAcuteDisease");
    requireError(score("mnasf", R"({"foodIntake":3,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":24})"),
        "foodIntake");
    requireError(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":"24"})"),
        "bmi");
    requireError(score("mnasf", R"({"foodIntake":2,"weightLoss":3,"mobility":2,
                                    "stressOrAcuteDisease":2,"neuropsychological":2,"bmi":-3})"),
        "bmi");
}

TEST_CASE("SKR nutrition: any yes or underweight for the age is a risk", "[risk]")
{
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                    "eatingDifficulties":false,"bmi":22,"age":70})"),
        std::nullopt, false, "no_risk");
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                    "eatingDifficulties":false,"bmi":21.9,"age":70})"),
        std::nullopt, true, "risk");
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                    "eatingDifficulties":false,"bmi":20,"age":69})"),
        std::nullopt, false, "no_risk");
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                    "eatingDifficulties":false,"bmi":19.9,"age":69})"),
        std::nullopt, true, "risk");
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":true,
                    "eatingDifficulties":false,"bmi":30,"age":80})"),
        std::nullopt, true, "risk");
    requireResult(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                    "eatingDifficulties":true,"bmi":30,"age":80})"),
        std::nullopt, true, "risk");
    requireError(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                   "eatingDifficulties":false,"bmi":22})"),
        "age");
    requireError(score("skr_nutrition", R"({"unintendedWeightLoss":false,
                   "eatingDifficulties":false,"bmi":22,"age":200})"),
        "age");
}

TEST_CASE("ROAG-J: a grade 2 is ill-health, a grade 3 a referral, no total", "[risk]")
{
    auto roag = [](const char *json) { return score("roag", json); };
    const RiskScoring healthy = roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,
                                         "teeth":1,"dentures":1,"saliva":1,"swallowing":1})");
    requireResult(healthy, std::nullopt, false, "no_risk");
    CHECK(healthy.result.referral == false);
    const RiskScoring two = roag(R"({"voice":1,"lips":2,"mucosa":1,"tongue":1,"gums":1,
                                     "teeth":1,"dentures":1,"saliva":1,"swallowing":1})");
    requireResult(two, std::nullopt, true, "risk");
    CHECK(two.result.referral == false);
    const RiskScoring three = roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,
                                       "teeth":0,"dentures":1,"saliva":1,"swallowing":3})");
    requireResult(three, std::nullopt, true, "risk");
    CHECK(three.result.referral == true);
    const RiskScoring worst = roag(R"({"voice":3,"lips":3,"mucosa":3,"tongue":3,"gums":3,
                                       "teeth":3,"dentures":3,"saliva":3,"swallowing":3})");
    requireResult(worst, std::nullopt, true, "risk");
    CHECK(worst.result.referral == true);
    // No teeth and no dentures are answered as such ("inga egna tänder",
    // "ingen protes"); left unanswered they are refused, naming the item.
    requireResult(roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,"saliva":1,
                           "teeth":0,"dentures":0,"swallowing":1})"),
        std::nullopt, false, "no_risk");
    const RiskScoring noTeeth = roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,
                                         "saliva":1,"dentures":0,"swallowing":1})");
    requireError(noTeeth, "teeth");
    CHECK(noTeeth.error.contains(QStringLiteral("Tänder")));
    requireError(roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,"saliva":1,
                          "teeth":0,"swallowing":1})"),
        "dentures");
    const RiskItem *teeth = roagInstrument().item(QStringLiteral("teeth"));
    REQUIRE(teeth);
    CHECK(teeth->options.first().label == QStringLiteral("Inga egna tänder"));
    CHECK(roagInstrument().item(QStringLiteral("dentures"))->options.first().label
        == QStringLiteral("Ingen protes"));
    // Grade 0 is only for teeth and dentures.
    requireError(roag(R"({"voice":0,"lips":1,"mucosa":1,"tongue":1,"gums":1,"saliva":1,
                          "teeth":0,"dentures":0,"swallowing":1})"),
        "voice");
    requireError(roag(R"({"lips":1,"mucosa":1,"tongue":1,"gums":1,"teeth":1,"dentures":0,
                          "saliva":1,"swallowing":1})"),
        "voice");
    requireError(roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":1,"teeth":4,
                          "dentures":0,"saliva":1,"swallowing":1})"),
        "teeth");
    requireError(roag(R"({"voice":1,"lips":1,"mucosa":1,"tongue":1,"gums":0,"teeth":1,
                          "dentures":0,"saliva":1,"swallowing":1})"),
        "gums");
}
