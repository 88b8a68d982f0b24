#pragma once

#include "domain/Meeting.h"
#include "domain/Unit.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class Workspace;

// What meeting mode's chooser offers: the units, the forums' names and the
// meetings of one unit between two times. Read together, so on PostgreSQL
// one round trip.
struct MeetingChoice
{
    QList<Unit> units; // by name; read only when no unit was given
    QHash<qint64, QString> forumNames; // by template id
    QList<Meeting> meetings; // by start
};

// The units and the meetings of the first of them (the one a unit list
// shows first).
MeetingChoice readMeetingChoice(
    Workspace &workspace, const QDateTime &fromUtc, const QDateTime &toUtc);
// The meetings of the unit, with the forums' names.
MeetingChoice readMeetingChoice(
    Workspace &workspace, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);

} // namespace tf
