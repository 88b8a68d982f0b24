#include "domain/quality/Complaint.h"

namespace tf {

const QList<ComplaintKind> &complaintKinds()
{
    static const QList<ComplaintKind> all = {ComplaintKind::Complaint, ComplaintKind::Suggestion};
    return all;
}

QString complaintKindKey(ComplaintKind kind)
{
    return kind == ComplaintKind::Complaint ? QStringLiteral("klagomal")
                                            : QStringLiteral("synpunkt");
}

QString complaintKindLabel(ComplaintKind kind)
{
    return kind == ComplaintKind::Complaint ? QStringLiteral("Klagomål")
                                            : QStringLiteral("Synpunkt");
}

bool complaintKindFromText(const QString &text, ComplaintKind *kind)
{
    const QString wanted = text.simplified().toLower();
    for (ComplaintKind candidate : complaintKinds()) {
        if (complaintKindKey(candidate) == wanted
            || complaintKindLabel(candidate).toLower() == wanted) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString complaintStatusKey(ComplaintStatus status)
{
    return status == ComplaintStatus::Open ? QStringLiteral("oppen")
                                           : QStringLiteral("aterkopplad");
}

QString complaintStatusLabel(ComplaintStatus status)
{
    return status == ComplaintStatus::Open ? QStringLiteral("Öppen")
                                           : QStringLiteral("Återkopplad");
}

} // namespace tf
