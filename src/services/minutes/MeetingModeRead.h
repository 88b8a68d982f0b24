#pragma once

#include "services/ActionList.h"
#include "services/chair/MeetingGuests.h"
#include "services/minutes/MeetingAttendance.h"
#include "services/minutes/MeetingMinutes.h"
#include "services/minutes/MinutesPages.h"

#include <optional>

namespace tf {

class Workspace;

// Everything meeting mode shows of an opened meeting, read together: on
// PostgreSQL one round trip, since every read is keyed by the meeting's id.
// The team that may stand in is those who work on the meeting's day; the
// next meeting's clients are chosen from those of choicesDay. The clients read are logged as each
// part logs them.
struct MeetingModeRead
{
    std::optional<Meeting> meeting; // none: the meeting is gone
    MeetingAttendance::AttendanceRead attendance;
    QList<NamedGuest> guests;
    MinutesPages pages;
    MeetingMinutes::ClosingRead closing;
    // The open actions that come back for follow-up at the meeting.
    FollowUps followUps;
};

MeetingModeRead readMeetingMode(Workspace &workspace, qint64 meetingId, const QDate &choicesDay);

} // namespace tf
