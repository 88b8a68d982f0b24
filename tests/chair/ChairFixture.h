#pragma once

#include "domain/Meeting.h"

#include "domain/MeetingSeries.h"
#include "services/Workspace.h"

#include <QList>

namespace tf::test {

// A SÄBO unit with a chair, a nurse, a night-staff member, an adjunct and
// five clients in apartments 1, 2, 3, 10 and 11, and the team of its
// teammöte.
struct ChairFixture
{
    qint64 unitId = 0;
    qint64 chairId = 0;
    qint64 nurseId = 0;
    qint64 nightId = 0;
    qint64 dietistId = 0;
    QList<qint64> clientIds; // in apartment order
    ForumTemplate teammote;

    explicit ChairFixture(Workspace &workspace, ServiceType type = ServiceType::Sabo);
    // A teammöte series every other week from `first` at 13:00, generated
    // as seen on `today`.
    MeetingSeries scheduleTeammote(Workspace &workspace, const QDate &first, const QDate &today);
};

// The person's participant row as stored (invited with the series), to
// change it as a user who has just read it would.
Participant storedParticipant(Workspace &workspace, qint64 meetingId, qint64 personId);

} // namespace tf::test
