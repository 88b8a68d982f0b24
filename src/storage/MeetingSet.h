#pragma once

#include "storage/ClientSet.h"
#include "storage/Query.h"
#include "storage/SqlPart.h"
#include "storage/UnitSet.h"

#include <QDateTime>

namespace tf {

// Names a set of meetings in a statement, as `meeting_id IN (sql())`: those
// of a set of units in a range of time, so that their agendas and the
// clients on them are read in the same batch as the meetings, without
// waiting for them.
class MeetingSet : public SqlPart
{
public:
    // The units' meetings starting in [fromUtc, toUtc), not cancelled.
    static MeetingSet inUnits(
        const UnitSet &units, const QDateTime &fromUtc, const QDateTime &toUtc)
    {
        return MeetingSet(QStringLiteral("SELECT id FROM meeting WHERE unit_id IN (%1) AND "
                                         "status <> 'cancelled' AND start_utc >= ? AND "
                                         "start_utc < ?")
                              .arg(units.sql()),
            units.values() + QVariantList {utcText(fromUtc), utcText(toUtc)});
    }

    // The earliest of the meetings with an item about one of the clients
    // on its agenda (none when no meeting has one).
    static MeetingSet firstAbout(const MeetingSet &meetings, const ClientSet &clients)
    {
        return MeetingSet(
            QStringLiteral("SELECT m.id FROM meeting m WHERE m.id IN (%1) AND m.id IN "
                           "(SELECT meeting_id FROM agenda_item WHERE client_id IN "
                           "(%2)) ORDER BY m.start_utc, m.id LIMIT 1")
                .arg(meetings.sql(), clients.sql()),
            meetings.values() + clients.values());
    }

private:
    using SqlPart::SqlPart;
};

// Declared in ClientSet.h; defined here, where a MeetingSet is whole.
inline ClientSet ClientSet::onAgendasOf(const MeetingSet &meetings)
{
    return ClientSet(QStringLiteral("SELECT client_id FROM agenda_item WHERE meeting_id IN (%1)")
                         .arg(meetings.sql()),
        meetings.values());
}

inline ClientSet ClientSet::onAgendasOf(const MeetingSet &meetings, const ClientSet &among)
{
    return ClientSet(QStringLiteral("SELECT client_id FROM agenda_item WHERE meeting_id IN (%1) "
                                    "AND client_id IN (%2)")
                         .arg(meetings.sql(), among.sql()),
        meetings.values() + among.values());
}

} // namespace tf
