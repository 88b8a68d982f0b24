// ROAG-J (Revised Oral Assessment Guide, Jönköping; Senior Alert): nine areas
// graded 1 (healthy) to 3. No total: any grade 2 or 3 is oral ill-health, any
// 3 means contacting dental care. Teeth and dentures are answered too,
// "inga egna tänder" and "ingen protes" where there are none. The per-grade descriptors are the
// licensed form's, which may not be changed, so grades carry neutral labels here.
#include "domain/risk/RiskInstrument.h"

#include <algorithm>

namespace tf {

namespace {
bool evaluateRoag(const RiskValues &values, RiskResult *result, QString *)
{
    int worst = 1;
    for (int grade : values.points)
        worst = std::max(worst, grade);
    result->score.reset();
    result->risk = worst >= 2;
    result->referral = worst == 3;
    result->level = result->risk ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return true;
}

// `absent`: the answer for a mouth without them ("Inga egna tänder",
// "Ingen protes"), given as grade 0, which is no ill-health. It is an
// answer like any other, so an area left unanswered is refused.
RiskItem area(const char *key, const char *label, const char *absent = nullptr)
{
    RiskItem item {QString::fromLatin1(key), QString::fromUtf8(label), RiskItemKind::Grade};
    if (absent)
        item.options << RiskOption {QStringLiteral("0"), 0, QString::fromUtf8(absent)};
    item.options << RiskOption {QStringLiteral("1"), 1, QStringLiteral("1 – friskt")}
                 << RiskOption {QStringLiteral("2"), 2, QStringLiteral("2 – ohälsa")}
                 << RiskOption {
                        QStringLiteral("3"), 3, QStringLiteral("3 – ohälsa, kontakta tandvården")};
    return item;
}
} // namespace

const RiskInstrument &roagInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument r;
        r.key = QStringLiteral("roag");
        r.name = QStringLiteral("ROAG-J");
        r.area = QStringLiteral("Munhälsa");
        r.version = QStringLiteral("ROAG-J 2011");
        r.cutOff = QStringLiteral("Minst en 2:a = ohälsa i munnen; minst en 3:a = kontakt med "
                                  "tandvården (eller läkare).");
        r.source = QStringLiteral("Region Jönköpings län, Senior Alert: ROAG-J, manual februari "
                                  "2015 (Folktandvården Jönköping).");
        r.verbatimTexts = false;
        r.items = {
            area("voice", "Röst"),
            area("lips", "Läppar"),
            area("mucosa", "Munslemhinnor"),
            area("tongue", "Tunga"),
            area("gums", "Tandkött"),
            // Answered as absent when the person has no teeth or no dentures.
            area("teeth", "Tänder", "Inga egna tänder"),
            area("dentures", "Protes", "Ingen protes"),
            area("saliva", "Saliv"),
            area("swallowing", "Sväljning"),
        };
        r.levels = {{QStringLiteral("risk"), QStringLiteral("Ohälsa i munnen")},
            {QStringLiteral("no_risk"), QStringLiteral("Frisk munhälsa")}};
        r.evaluate = evaluateRoag;
        return r;
    }();
    return instrument;
}

} // namespace tf
