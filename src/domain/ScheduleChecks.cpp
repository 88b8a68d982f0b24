#include "domain/ScheduleChecks.h"

namespace tf {

QList<Conflict> ScheduleChecks::conflicts(QList<Booking> bookings)
{
    std::sort(bookings.begin(), bookings.end(), [](const Booking &a, const Booking &b) {
        return a.personId != b.personId ? a.personId < b.personId : a.startUtc < b.startUtc;
    });
    QList<Conflict> found;
    for (int i = 0; i < bookings.size(); ++i) {
        const Booking &a = bookings.at(i);
        const QDateTime end = a.startUtc.addSecs(a.minutes * 60);
        for (int j = i + 1; j < bookings.size(); ++j) {
            const Booking &b = bookings.at(j);
            if (b.personId != a.personId || b.startUtc >= end)
                break;
            if (b.meetingId != a.meetingId)
                found << Conflict {a.personId, a.meetingId, b.meetingId};
        }
    }
    return found;
}

bool ScheduleChecks::invitedTooLate(
    const QDate &invitedOn, const QDate &meetingDate, int leadDays, const QDate &today)
{
    const QDate latest = meetingDate.addDays(-leadDays);
    if (invitedOn.isValid())
        return invitedOn > latest;
    return today > latest;
}

} // namespace tf
