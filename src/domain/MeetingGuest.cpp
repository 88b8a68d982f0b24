#include "domain/MeetingGuest.h"

namespace tf {

QString meetingGuestLabel(const MeetingGuest &guest, const QString &clientName)
{
    if (guest.isExternal())
        return externalPersonLabel(guest.external);
    if (guest.isClient())
        return QStringLiteral("%1 (kund)").arg(clientName);
    const QString relation
        = guest.relation.trimmed().isEmpty() ? QStringLiteral("anhörig") : guest.relation.trimmed();
    return QStringLiteral("%1 (%2 till %3)").arg(guest.relativeName, relation, clientName);
}

} // namespace tf
