#pragma once

#include "services/care/AfterMeetingReads.h"
#include "services/care/CareReads.h"

#include <QDateTime>

namespace tf {

class Workspace;

// *Inför mötet* whole, in one round trip: the person's coming meetings
// with the clients on their agendas and what each is due, and the work
// after the meetings.
struct BeforeMeetingPage
{
    ComingAgendas coming;
    NurseAfterMeetingRead afterMeeting;
};
BeforeMeetingPage readBeforeMeetingPage(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc);

} // namespace tf
