#include "domain/care/HospitalStay.h"

namespace tf {

QString hospitalStayProblem(const HospitalStay &stay, const QDate &today)
{
    if (!stay.dischargedOn.isValid())
        return QStringLiteral("Ange dagen kunden kom hem från sjukhuset.");
    if (stay.dischargedOn > today)
        return QStringLiteral("Dagen kunden kom hem från sjukhuset kan inte vara efter i dag.");
    if (stay.admittedOn.isValid() && stay.admittedOn > stay.dischargedOn)
        return QStringLiteral("Dagen kunden lades in kan inte vara efter dagen kunden kom hem.");
    return {};
}

} // namespace tf
