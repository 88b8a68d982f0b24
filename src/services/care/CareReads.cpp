#include "services/care/CareReads.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"

namespace tf {

QList<Client> readMyClients(Workspace &workspace)
{
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return readMyClients(batch, workspace,
            ClientSet::ofContactPerson(
                workspace.actorId(), stockholmDate(QDateTime::currentDateTimeUtc())));
    });
}

Later<QList<Client>> readMyClients(ReadBatch &batch, Workspace &workspace, const ClientSet &mine)
{
    auto clients = workspace.clients().inSet(batch, mine);
    return batch.derive<QList<Client>>([clients, &workspace]() mutable {
        QList<qint64> ids;
        for (const Client &client : clients.get())
            ids << client.id;
        workspace.accessLogger().clientsRead(ids, AccessKind::ClientList, AccessPurpose::MyClients);
        return clients.take();
    });
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
