#include "services/care/CareReads.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"

namespace tf {

QList<Client> readMyClients(Workspace &workspace)
{
    // The list by name, then the rows of all its clients in one read.
    const QList<Client> clients = workspace.clients().byIds(workspace.care().clientsOfContactPerson(
        workspace.actorId(), stockholmDate(QDateTime::currentDateTimeUtc())));
    QList<qint64> ids;
    for (const Client &client : clients)
        ids << client.id;
    workspace.accessLogger().clientsRead(ids, AccessKind::ClientList, AccessPurpose::MyClients);
    return clients;
}

std::optional<Client> readClientRecord(Workspace &workspace, qint64 clientId)
{
    auto client = workspace.clients().byId(clientId);
    if (client)
        workspace.accessLogger().clientRead(
            clientId, AccessKind::ClientRecord, AccessPurpose::MyClients);
    return client;
}

QList<AgendaClient> readAgendaClients(Workspace &workspace, const QList<Meeting> &meetings)
{
    QList<AgendaClient> list;
    QList<AccessRead> reads;
    for (const Meeting &meeting : meetings) {
        for (const AgendaItem &item : workspace.meetings().agendaItems(meeting.id)) {
            const auto client = workspace.clients().byId(item.clientId);
            if (!client)
                continue;
            list << AgendaClient {meeting.id, item.id, *client};
            reads << AccessRead {
                client->id, AccessKind::RiskStatus, AccessPurpose::BeforeMeeting, meeting.id};
        }
    }
    workspace.accessLogger().read(reads);
    return list;
}

QList<RiskAssessment> readRiskHistory(Workspace &workspace, qint64 clientId, qint64 meetingId)
{
    if (clientId <= 0)
        return {};
    workspace.accessLogger().clientRead(
        clientId, AccessKind::RiskHistory, AccessPurpose::BeforeMeeting, meetingId);
    return workspace.risks().history(clientId);
}

QList<SbarReport> readSbarReports(Workspace &workspace, qint64 clientId, qint64 meetingId)
{
    if (clientId <= 0)
        return {};
    workspace.accessLogger().clientRead(
        clientId, AccessKind::Sbar, AccessPurpose::BeforeMeeting, meetingId);
    return workspace.sbar().byClient(clientId);
}

} // namespace tf
