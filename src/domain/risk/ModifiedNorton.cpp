// Modifierad Nortonskala (Ek et al.), seven items scored 1–4; 20 points or
// fewer means a risk of pressure ulcers (Senior Alert, Vårdhandboken). Not the
// original five-item Norton scale.
#include "domain/risk/RiskInstrument.h"

namespace tf {

namespace {
bool evaluateNorton(const RiskValues &values, RiskResult *result, QString *)
{
    const int total = values.sum();
    result->score = total;
    result->risk = total <= 20;
    result->level = result->risk ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return true;
}

// Option texts not verified against the current form get a neutral label.
QString neutral(int points)
{
    return QStringLiteral("Nivå %1 (%1 poäng)").arg(points);
}

RiskItem gradeItem(const char *key, const char *label, const QStringList &texts)
{
    RiskItem item {QString::fromLatin1(key), QString::fromUtf8(label), RiskItemKind::Grade};
    for (int points = 4; points >= 1; --points) {
        const QString text = texts.value(4 - points);
        item.options << RiskOption {QString::number(points), points,
            text.isEmpty() ? neutral(points) : QStringLiteral("%1 – %2").arg(points).arg(text)};
    }
    return item;
}
} // namespace

const RiskInstrument &modifiedNortonInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument n;
        n.key = QStringLiteral("norton");
        n.name = QStringLiteral("Modifierad Nortonskala");
        n.area = QStringLiteral("Trycksår");
        n.version = QStringLiteral("Modifierad Norton (Ek)");
        n.cutOff = QStringLiteral("20 poäng eller mindre = risk för trycksår (7–28 poäng). "
                                  "Bedöm även huden och använd klinisk bedömning.");
        n.source = QStringLiteral("Ek m.fl.; Senior Alert/RJL Vägledning för "
                                  "riskbedömningsinstrument 2015; Vårdhandboken.");
        n.verbatimTexts = false;
        n.items = {
            gradeItem("mentalState", "A. Psykisk status",
                {QStringLiteral("Helt orienterad till tid och rum"),
                    QStringLiteral("Stundtals förvirrad"),
                    QStringLiteral("Svarar ej adekvat på tilltal"), QStringLiteral("Okontaktbar")}),
            gradeItem("physicalActivity", "B. Fysisk aktivitet",
                {QStringLiteral("Går med eller utan hjälpmedel"),
                    QStringLiteral("Går med hjälp av personal"),
                    QStringLiteral("Rullstolsburen hela dagen"), QString()}),
            gradeItem("mobility", "C. Rörelseförmåga",
                {QString(), QStringLiteral("Behöver hjälp vid lägesändring"),
                    QStringLiteral("Behöver full hjälp men kan medverka"),
                    QStringLiteral("Kan inte medverka alls")}),
            gradeItem("foodIntake", "D. Födointag",
                {QStringLiteral("Normal portion"), QString(), QString(), QString()}),
            gradeItem("fluidIntake", "E. Vätskeintag",
                {QString(), QString(), QStringLiteral("500–700 ml per dygn"), QString()}),
            gradeItem("incontinence", "F. Inkontinens",
                {QStringLiteral("Nej"), QStringLiteral("Tillfällig"),
                    QStringLiteral("Urin- eller tarminkontinent"),
                    QStringLiteral("Urin- och tarminkontinent")}),
            gradeItem("generalCondition", "G. Allmäntillstånd",
                {QStringLiteral("Gott"), QString(), QString(), QString()}),
        };
        n.levels = {{QStringLiteral("risk"), QStringLiteral("Risk för trycksår")},
            {QStringLiteral("no_risk"), QStringLiteral("Ingen förhöjd risk för trycksår")}};
        n.evaluate = evaluateNorton;
        return n;
    }();
    return instrument;
}

} // namespace tf
