#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/care/CareRecords.h"
#include "domain/care/Consent.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"

#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class ClientSet;
class ReadBatch;
class Workspace;
template <typename T> class Later;

// The reads of clients' personal data behind the care views, each recorded
// in the access log for the workspace's person as it is made (see
// AccessLogger): the views never record reads themselves.

// *Mina kunder*: the clients the person is contact person for today, by
// name, listed with their status (client_list); read with the batch's other
// reads about the same set (ClientSet::ofContactPerson).
Later<QList<Client>> readMyClients(ReadBatch &batch, Workspace &workspace, const ClientSet &mine);
// The same read alone.
QList<Client> readMyClients(Workspace &workspace);
// *Mina kunder*: one client opened (client_record): the record with the
// newest consent of each scope, the SIP needs, the client's objections and
// the corrections of notes about the client, in one read.
struct ClientRecordRead
{
    std::optional<Client> client; // none: no such client
    QList<std::optional<Consent>> consents; // in allConsentScopes() order
    QList<SipNeed> sipNeeds;
    QList<Objection> objections;
    QList<NoteCorrection> corrections;
};
ClientRecordRead readClientRecord(Workspace &workspace, qint64 clientId);

// A client on the agenda of a coming meeting.
struct AgendaClient
{
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    Client client;
};
// *Inför mötet*: the person's coming meetings from fromUtc until toUtc
// (clinicianMeetings), the clients on their agendas, whose due
// assessments are shown (risk_status, with the meeting), in agenda order,
// each client once a meeting at its first item, those clients' risk
// routines and every forum's name: all with the batch's other reads.
struct ComingAgendas
{
    ClinicianMeetings mine;
    QList<AgendaClient> agendaClients;
    ClientRiskRoutines routines;
    QHash<qint64, QString> forumNames; // by template id
};
Later<ComingAgendas> readComingAgendas(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QDateTime &fromUtc, const QDateTime &toUtc);
// The same read alone.
ComingAgendas readComingAgendas(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc);
// *Inför mötet*: a client's earlier assessments, read for a meeting
// (risk_history), newest first.
QList<RiskAssessment> readRiskHistory(Workspace &workspace, qint64 clientId, qint64 meetingId);
// *Inför mötet*: a client's saved SBAR reports (sbar), newest first.
QList<SbarReport> readSbarReports(Workspace &workspace, qint64 clientId, qint64 meetingId);

} // namespace tf
