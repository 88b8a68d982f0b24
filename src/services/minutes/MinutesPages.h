#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Minutes.h"
#include "domain/care/CareRecords.h"
#include "domain/care/RiskAssessment.h"

#include <QHash>
#include <QList>

namespace tf {

class Workspace;

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
};

// Records in the access log that the workspace's person read the minutes of
// every client on the agenda, for `purpose`.
MinutesPages readMinutesPages(Workspace &workspace, qint64 meetingId, AccessPurpose purpose);

} // namespace tf
