#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/CarePlanDue.h"
#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tf {

class Workspace;

// One client of *Mina kunder* with what the list shows about it.
struct MyClientStatus
{
    Client client;
    std::optional<Meeting> nextMeeting; // the next meeting with the client on the agenda
    QString nextMeetingForum;
    qint64 nextAgendaItemId = 0;
    bool checklistDone = false; // the participation checklist for that item
    std::optional<Participation> checklist; // as stored, when there is one
    std::optional<Consent> sharingConsent; // with other care providers
    CarePlanStatus carePlan; // the genomförandeplan's next step, today
};

// *Mina kunder*: the clients the person is contact person for, with their
// next meeting from fromUtc on, the checklist, consent and genomförandeplan (logged as the
// client list, see readMyClients).
QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc);

} // namespace tf
