// The two fall questions of SKL patientsäkerhet (Vårdhandboken, Fallprevention,
// Riskbedömning): at least one "ja" means an increased risk of falling.
#include "domain/risk/RiskInstrument.h"

namespace tf {

namespace {
bool evaluateSklFall(const RiskValues &values, RiskResult *result, QString *)
{
    result->score.reset();
    result->risk = values.sum() > 0;
    result->level = result->risk ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return true;
}
} // namespace

const RiskInstrument &sklFallInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument s;
        s.key = QStringLiteral("skl_fall");
        s.name = QStringLiteral("SKL:s frågor om fallrisk");
        s.area = QStringLiteral("Fall");
        s.version = QStringLiteral("SKL patientsäkerhet fall");
        s.cutOff = QStringLiteral("Minst ett ja = förhöjd fallrisk: gör en fallriskutredning.");
        s.source = QStringLiteral("Vårdhandboken, Fallprevention – riskbedömning; SKL "
                                  "patientsäkerhet.");
        s.verbatimTexts = true;
        RiskItem fallen {QStringLiteral("fallenLastYear"),
            QStringLiteral("Har personen fallit det senaste året?"), RiskItemKind::YesNo};
        fallen.yesPoints = 1;
        RiskItem judged {QStringLiteral("judgedAtRisk"),
            QStringLiteral("Bedömer du att det finns risk att personen faller (om "
                           "inga åtgärder sätts in)?"),
            RiskItemKind::YesNo};
        judged.yesPoints = 1;
        s.items = {fallen, judged};
        s.levels = {{QStringLiteral("risk"), QStringLiteral("Förhöjd fallrisk")},
            {QStringLiteral("no_risk"), QStringLiteral("Ingen förhöjd fallrisk")}};
        s.evaluate = evaluateSklFall;
        return s;
    }();
    return instrument;
}

} // namespace tf
