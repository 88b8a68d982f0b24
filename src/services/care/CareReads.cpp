#include "services/care/CareReads.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ObjectionRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"

#include <QSet>

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

ClientRecordRead readClientRecord(Workspace &workspace, qint64 clientId)
{
    ReadBatch batch(workspace.database());
    auto client = workspace.clients().inSet(batch, ClientSet::ids({clientId}));
    auto consents = ClientRecords(workspace).latestConsents(batch, clientId);
    auto sipNeeds = workspace.sip().byClient(batch, clientId);
    auto remarks = ObjectionRepository(workspace.database()).ofClient(batch, clientId);
    batch.exec();
    ClientRecordRead read;
    if (client.get().isEmpty())
        return read;
    read.client = client.get().first();
    read.consents = consents.take();
    read.sipNeeds = sipNeeds.take();
    ObjectionRepository::Remarks found = remarks.take();
    read.objections = std::move(found.objections);
    read.corrections = std::move(found.corrections);
    workspace.accessLogger().clientRead(
        clientId, AccessKind::ClientRecord, AccessPurpose::MyClients);
    return read;
}

QList<AgendaClient> readAgendaClients(Workspace &workspace, const QList<Meeting> &meetings)
{
    if (meetings.isEmpty())
        return {};
    // Every meeting's agenda in one round trip, then its clients in one.
    QList<Later<QList<AgendaItem>>> agendas;
    {
        ReadBatch batch(workspace.database());
        for (const Meeting &meeting : meetings)
            agendas << workspace.meetings().agendaItems(batch, meeting.id);
        batch.exec();
    }
    QList<qint64> clientIds;
    for (const Later<QList<AgendaItem>> &agenda : std::as_const(agendas)) {
        for (const AgendaItem &item : agenda.get()) {
            if (item.clientId > 0 && !clientIds.contains(item.clientId))
                clientIds << item.clientId;
        }
    }
    QHash<qint64, Client> clients;
    if (!clientIds.isEmpty()) {
        for (const Client &client : readAlone(workspace.database(), [&](ReadBatch &batch) {
                 return workspace.clients().inSet(batch, ClientSet::ids(clientIds));
             }))
            clients.insert(client.id, client);
    }
    QList<AgendaClient> list;
    QList<AccessRead> reads;
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const qint64 meetingId = meetings.at(i).id;
        QSet<qint64> listed; // a client with several items is prepared once
        for (const AgendaItem &item : agendas.at(i).get()) {
            const auto client = clients.constFind(item.clientId);
            if (client == clients.constEnd() || listed.contains(item.clientId))
                continue;
            listed.insert(item.clientId);
            list << AgendaClient {meetingId, item.id, *client};
            reads << AccessRead {
                client->id, AccessKind::RiskStatus, AccessPurpose::BeforeMeeting, meetingId};
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
