// Risk answers read from JSON: an answer given twice is refused rather than
// one of them silently kept, and a number far outside the grades is refused
// without an undefined conversion (the suite runs with float-cast-overflow).
#include <catch2/catch.hpp>

#include "domain/JsonKeys.h"
#include "domain/risk/RiskInstrument.h"
#include "support/CliRun.h"
#include "support/RobustnessReport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tf;

namespace {
const QByteArray kHealthyMouth = R"("lips":1,"mucosa":1,"tongue":1,"gums":1,"teeth":1,
    "dentures":0,"saliva":1,"swallowing":1)";

QJsonObject roagAnswers(const QByteArray &voice)
{
    return QJsonDocument::fromJson("{\"voice\":" + voice + "," + kHealthyMouth + "}").object();
}

test::CliRun scoreRoag(const QByteArray &answers)
{
    return test::runCli(
        {QStringLiteral("risk"), QStringLiteral("score"), QStringLiteral("--instrument"),
            QStringLiteral("roag"), QStringLiteral("--answers"), QStringLiteral("-")},
        answers);
}
} // namespace

TEST_CASE("a JSON name given twice in one object is found, escapes decoded", "[risk][robust]")
{
    CHECK(duplicateJsonKey(R"({"a":1,"b":2,"a":3})") == QStringLiteral("a"));
    CHECK(duplicateJsonKey(R"({"voice":1,"\u0076oice":3})") == QStringLiteral("voice"));
    CHECK(duplicateJsonKey(R"({"x":{"y":[{"z":1,"z":2}]}})") == QStringLiteral("z"));
    CHECK(duplicateJsonKey(R"({"å":1, "\u00e5" : 2})") == QStringLiteral("å"));
    CHECK(duplicateJsonKey(R"({"a\"b":1,"a\\b":2,"a":[1,2,{"a":"}\"{"}]})").isNull());
    CHECK(duplicateJsonKey(R"({"x":{"a":1},"y":{"a":1},"list":[{"a":1},{"a":2}]})").isNull());
    CHECK(duplicateJsonKey("[]").isNull());
}

TEST_CASE("cli risk score refuses an answer given twice", "[risk][cli][robust]")
{
    int refused = 0;
    for (const QByteArray &answers : {QByteArray("{\"voice\":1,\"voice\":3," + kHealthyMouth + "}"),
             QByteArray("{\"voice\":3," + kHealthyMouth + ",\"\\u0076oice\":1}")}) {
        INFO(answers.toStdString());
        const auto run = scoreRoag(answers);
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QStringLiteral("\"voice\" finns två gånger")));
        refused += run.exitCode == 1 && run.err.contains(QStringLiteral("två gånger"));
    }
    test::reportRobustness(QStringLiteral("risk answers: a name given twice"), 2, refused);
    const auto once = scoreRoag("{\"voice\":3," + kHealthyMouth + "}");
    CHECK(once.exitCode == 0);
    CHECK(once.out.contains("\"referral\":true"));
}

TEST_CASE("a grade far outside the scale is refused, not converted", "[risk][robust]")
{
    const RiskInstrument &roag = roagInstrument();
    int refused = 0;
    for (const char *grade :
        {"1e300", "-1e300", "1.7976931348623157e308", "9.3e18", "-9.3e18", "2.5", "1e-300", "0"}) {
        INFO(grade);
        const RiskScoring scoring = scoreRisk(roag, roagAnswers(grade));
        CHECK_FALSE(scoring.ok);
        CHECK(scoring.itemKey == QStringLiteral("voice"));
        CHECK(scoring.error.contains(QStringLiteral("ska vara ett av talen 1, 2, 3")));
        refused += !scoring.ok;
    }
    test::reportRobustness(
        QStringLiteral("risk answers: a grade out of range (1e300 …)"), 8, refused);
    const RiskScoring graded = scoreRisk(roag, roagAnswers("3.0"));
    REQUIRE(graded.ok);
    CHECK(graded.result.referral == true);

    const auto run = scoreRoag("{\"voice\":1e300," + kHealthyMouth + "}");
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("ska vara ett av talen")));
    CHECK_FALSE(run.err.contains(QStringLiteral("runtime error")));
}
