#pragma once

#include "storage/Query.h"
#include "storage/SqlPart.h"

#include <QDateTime>

namespace tf {

// Names a set of people in a statement, as `person_id IN (sql())`: by
// their ids, or as those booked at a unit's meetings of a range, so that
// their bookings elsewhere and their names are read in the same batch as
// the unit's participants, without waiting for them.
class PersonSet : public SqlPart
{
public:
    static PersonSet ids(const QList<qint64> &personIds)
    {
        return PersonSet(idMarks(personIds), idValues(personIds));
    }
    // Those booked at the unit's meetings starting in [fromUtc, toUtc), not
    // cancelled: each participant, or their substitute when they have
    // förhinder (bookedParticipant, as TeamRepository::bookings counts them).
    static PersonSet bookedAtUnit(qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
    {
        return PersonSet(QStringLiteral("SELECT %1 FROM participant p JOIN meeting m ON "
                                        "m.id = p.meeting_id WHERE m.unit_id = ? AND m.status <> "
                                        "'cancelled' AND m.start_utc >= ? AND m.start_utc < ?")
                             .arg(bookedParticipant()),
            {unitId, utcText(fromUtc), utcText(toUtc)});
    }
    // Those standing in for a participant of the meeting.
    static PersonSet standingInAt(qint64 meetingId)
    {
        return PersonSet(
            QStringLiteral("SELECT substitute_id FROM participant WHERE meeting_id = ?"),
            {meetingId});
    }
    // Those who raised one of the meeting's agenda items.
    static PersonSet raisingItemsAt(qint64 meetingId)
    {
        return PersonSet(
            QStringLiteral("SELECT raised_by FROM agenda_item WHERE meeting_id = ?"), {meetingId});
    }
    // Who a participant row `p` books: the participant, or their substitute
    // when they have förhinder.
    static QString bookedParticipant()
    {
        return QStringLiteral(
            "CASE WHEN p.attendance = 'absent' THEN p.substitute_id ELSE p.person_id END");
    }

private:
    using SqlPart::SqlPart;
};

} // namespace tf
