// Downton Fall Risk Index: Downton JH, Falls in the Elderly (1993); cut-off
// from Rosendahl E et al., Aging Clin Exp Res 2003;15(2):142-147.
#include "domain/risk/RiskInstrument.h"

namespace tf {

namespace {
bool evaluateDownton(const RiskValues &values, RiskResult *result, QString *)
{
    const int total = values.sum();
    result->score = total;
    result->risk = total >= 3;
    result->level = result->risk ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return true;
}

RiskOption option(const char *key, int points, const char *label)
{
    return {QString::fromLatin1(key), points, QString::fromUtf8(label)};
}
} // namespace

const RiskInstrument &downtonInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument d;
        d.key = QStringLiteral("downton");
        d.name = QStringLiteral("Downton fallriskindex (DFRI)");
        d.area = QStringLiteral("Fall");
        d.version = QStringLiteral("DFRI 1993");
        d.cutOff = QStringLiteral("3 poäng eller mer = risk för fall (0–11 poäng).");
        d.source = QStringLiteral("Downton JH (1993); Rosendahl E m.fl., "
                                  "Aging Clin Exp Res 2003;15(2):142–147; Senior Alert.");
        d.verbatimTexts = false;
        RiskItem falls {
            QStringLiteral("previousFalls"), QStringLiteral("Tidigare fall"), RiskItemKind::YesNo};
        falls.yesPoints = 1;
        RiskItem medications {
            QStringLiteral("medications"), QStringLiteral("Läkemedel"), RiskItemKind::MultiChoice};
        // "Other medications" scores 0, as in the published table.
        medications.options = {
            option("sedatives", 1, "Lugnande medel/sömnmedel"),
            option("diuretics", 1, "Diuretika"),
            option("antihypertensives", 1, "Blodtryckssänkande, andra än diuretika"),
            option("antiparkinson", 1, "Antiparkinsonmedel"),
            option("antidepressants", 1, "Antidepressiva"),
            option("other", 0, "Andra läkemedel"),
        };
        RiskItem sensory {QStringLiteral("sensoryDeficits"),
            QStringLiteral("Sensoriska nedsättningar"), RiskItemKind::MultiChoice};
        sensory.options = {
            option("vision", 1, "Synnedsättning"),
            option("hearing", 1, "Hörselnedsättning"),
            option("limbs", 1, "Nedsatt funktion eller känsel i armar eller ben"),
        };
        RiskItem confused {QStringLiteral("confused"),
            QStringLiteral("Kognitiv förmåga: förvirrad eller kognitivt nedsatt"),
            RiskItemKind::YesNo};
        confused.yesPoints = 1;
        RiskItem gait {QStringLiteral("gait"), QStringLiteral("Gångförmåga"), RiskItemKind::Choice};
        // Only an unsafe gait scores; "unable to walk" scores 0 as published.
        gait.options = {
            option("normal", 0, "Normal"),
            option("safe_with_aid", 0, "Säker med gånghjälpmedel"),
            option("unsafe", 1, "Osäker (med eller utan hjälpmedel)"),
            option("unable", 0, "Ej gångförmögen"),
        };
        d.items = {falls, medications, sensory, confused, gait};
        d.levels = {{QStringLiteral("risk"), QStringLiteral("Risk för fall")},
            {QStringLiteral("no_risk"), QStringLiteral("Ingen förhöjd fallrisk")}};
        d.evaluate = evaluateDownton;
        return d;
    }();
    return instrument;
}

} // namespace tf
