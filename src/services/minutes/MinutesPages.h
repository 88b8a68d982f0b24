#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Minutes.h"
#include "domain/care/CareRecords.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"
#include "services/minutes/MeetingActions.h"

#include <QHash>
#include <QList>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// What meeting mode shows on the pages of a meeting's agenda: the items,
// their notes, and for each client the latest risk assessments and the
// contact person's checklist. Read together, so on PostgreSQL the pages cost
// one round trip whatever the number of clients on the agenda.
struct MinutesPages
{
    QList<AgendaItem> items;
    QList<MinuteEntry> entries;
    QHash<qint64, Client> clients;
    // The latest assessment per instrument, by client.
    QHash<qint64, QList<RiskAssessment>> latestRisks;
    // The checklist of each client item that has one, by agenda item.
    QHash<qint64, Participation> participation;
    // The client's objections to the notes and to the clients' assessments,
    // and the notes' earlier texts (ObjectionRepository::ofMeeting).
    QList<Objection> objections;
    QList<NoteCorrection> corrections;
    // The actions decided at the meeting, each shown under its item.
    DecidedActions actions;
};

// Records in the access log that the workspace's person read the minutes of
// every client on the agenda, for `purpose`.
MinutesPages readMinutesPages(Workspace &workspace, qint64 meetingId, AccessPurpose purpose);
// The same read with the batch's other reads (and logged as they are read).
Later<MinutesPages> readMinutesPages(
    ReadBatch &batch, Workspace &workspace, qint64 meetingId, AccessPurpose purpose);

} // namespace tf
