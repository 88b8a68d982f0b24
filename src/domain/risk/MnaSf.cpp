// MNA-SF (Rubenstein LZ et al., J Gerontol A 2001; Kaiser MJ et al., J Nutr
// Health Aging 2009). F2, the calf circumference, is used only when the BMI
// cannot be obtained, never both. MNA® is a trademark of Société des Produits
// Nestlé S.A.; the Swedish item wording is the organisation's licensed form,
// so the items here carry neutral labels.
#include "domain/risk/RiskInstrument.h"

namespace tf {

namespace {
int bmiPoints(double bmi)
{
    if (bmi < 19)
        return 0;
    if (bmi < 21)
        return 1;
    if (bmi < 23)
        return 2;
    return 3;
}

bool evaluateMnaSf(const RiskValues &values, RiskResult *result, QString *error)
{
    const bool hasBmi = values.numbers.contains(QStringLiteral("bmi"));
    const bool hasCalf = values.numbers.contains(QStringLiteral("calfCm"));
    if (hasBmi && hasCalf) {
        *error = QStringLiteral("Ange antingen BMI (F1) eller vadomfång (F2), inte båda: "
                                "vadomfånget används bara när BMI saknas.");
        return false;
    }
    if (!hasBmi && !hasCalf) {
        *error = QStringLiteral("Svar saknas på BMI (F1). Om BMI inte kan tas fram, ange "
                                "vadomfång (F2) i stället.");
        return false;
    }
    int total = values.sum();
    if (hasBmi)
        total += bmiPoints(values.numbers.value(QStringLiteral("bmi")));
    else
        total += values.numbers.value(QStringLiteral("calfCm")) < 31 ? 0 : 3;
    result->score = total;
    result->risk = total <= 11;
    if (total >= 12)
        result->level = QStringLiteral("normal");
    else if (total >= 8)
        result->level = QStringLiteral("at_risk");
    else
        result->level = QStringLiteral("malnourished");
    return true;
}

RiskItem grades(
    const char *key, const char *label, const QList<int> &points, const QStringList &texts = {})
{
    RiskItem item {QString::fromLatin1(key), QString::fromUtf8(label), RiskItemKind::Grade};
    for (int i = 0; i < points.size(); ++i) {
        const QString text = texts.value(i);
        item.options << RiskOption {QString::number(points.at(i)), points.at(i),
            text.isEmpty() ? QStringLiteral("%1 poäng").arg(points.at(i))
                           : QStringLiteral("%1 poäng – %2").arg(points.at(i)).arg(text)};
    }
    return item;
}

RiskItem number(
    const char *key, const char *label, double minimum, double maximum, const char *unit)
{
    RiskItem item {QString::fromLatin1(key), QString::fromUtf8(label), RiskItemKind::Number};
    item.minimum = minimum;
    item.maximum = maximum;
    item.unit = QString::fromUtf8(unit);
    item.optional = true;
    return item;
}
} // namespace

const RiskInstrument &mnaSfInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument m;
        m.key = QStringLiteral("mnasf");
        m.name = QStringLiteral("MNA-SF");
        m.area = QStringLiteral("Nutrition");
        m.version = QStringLiteral("MNA-SF 2009");
        m.cutOff = QStringLiteral("12–14 poäng normalt nutritionsstatus, 8–11 risk för "
                                  "undernäring, 0–7 undernäring.");
        m.source = QStringLiteral("Rubenstein LZ m.fl., J Gerontol A 2001;56:M366; Kaiser MJ "
                                  "m.fl., J Nutr Health Aging 2009;13:782. MNA® är ett "
                                  "varumärke som tillhör Société des Produits Nestlé S.A.");
        m.verbatimTexts = false;
        m.items = {
            grades("foodIntake", "A. Minskat födointag senaste 3 månaderna", {0, 1, 2}),
            grades("weightLoss", "B. Viktförlust senaste 3 månaderna", {0, 1, 2, 3},
                {QStringLiteral("mer än 3 kg"), QStringLiteral("vet ej"), QStringLiteral("1–3 kg"),
                    QStringLiteral("ingen viktförlust")}),
            grades("mobility", "C. Rörlighet", {0, 1, 2}),
            grades("stressOrAcuteDisease",
                "D. Psykisk stress eller akut sjukdom senaste 3 månaderna", {0, 2},
                {QStringLiteral("ja"), QStringLiteral("nej")}),
            grades("neuropsychological", "E. Neuropsykologiska problem", {0, 1, 2}),
            number("bmi", "F1. BMI", 8, 80, "kg/m²"),
            number("calfCm", "F2. Vadomfång, bara om BMI saknas", 10, 80, "cm"),
        };
        m.levels = {{QStringLiteral("normal"), QStringLiteral("Normalt nutritionsstatus")},
            {QStringLiteral("at_risk"), QStringLiteral("Risk för undernäring")},
            {QStringLiteral("malnourished"), QStringLiteral("Undernäring")}};
        m.evaluate = evaluateMnaSf;
        return m;
    }();
    return instrument;
}

} // namespace tf
