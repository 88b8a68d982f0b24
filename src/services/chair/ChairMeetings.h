#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingSeries.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tf {

class Workspace;

// What the chair's view reads about meetings: one meeting, a unit's
// meetings in a period, whether the minutes are locked, the series a
// meeting belongs to and the rotation's clients of a meeting.
class ChairMeetings
{
public:
    explicit ChairMeetings(Workspace &workspace);

    std::optional<Meeting> meeting(qint64 meetingId);
    // The unit's meetings starting in [fromUtc, toUtc), by start.
    QList<Meeting> meetingsOf(qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    // Approved minutes are a record: the meeting no longer changes.
    bool isLocked(qint64 meetingId);

    std::optional<MeetingSeries> series(qint64 seriesId);
    // The series' first meeting; 0 when it has none.
    qint64 firstMeetingOf(qint64 seriesId);
    int meetingCountOf(qint64 seriesId);

    // The clients the rotation picked (or the chair chose) for the meeting.
    QList<qint64> rotationClients(qint64 meetingId);

private:
    Workspace &m_workspace;
};

} // namespace tf
