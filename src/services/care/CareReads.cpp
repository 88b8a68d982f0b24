#include "services/care/CareReads.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSet.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
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

Later<ComingAgendas> readComingAgendas(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const MeetingSet meetings = clinicianMeetingSet(personId, fromUtc, toUtc);
    const ClientSet onAgendas = ClientSet::onAgendasOf(meetings);
    auto mine = clinicianMeetings(batch, workspace, personId, fromUtc, toUtc);
    auto items = workspace.meetings().clientItemsOn(batch, meetings);
    auto clients = workspace.clients().inSet(batch, onAgendas);
    auto routines = ClientRiskRoutines::read(batch, workspace, onAgendas);
    auto forumNames = workspace.templates().names(batch);
    return batch.derive<ComingAgendas>(
        [&workspace, mine, items, clients, routines, forumNames]() mutable {
            ComingAgendas read;
            read.mine = mine.take();
            QHash<qint64, Client> byId;
            for (Client &client : clients.take())
                byId.insert(client.id, std::move(client));
            QHash<qint64, QList<AgendaItem>> agendas;
            for (AgendaItem &item : items.take())
                agendas[item.meetingId] << std::move(item);
            QList<AccessRead> reads;
            for (const Meeting &meeting : std::as_const(read.mine.meetings)) {
                QSet<qint64> listed; // a client with several items is prepared once
                for (const AgendaItem &item : agendas.value(meeting.id)) {
                    const auto client = byId.constFind(item.clientId);
                    if (client == byId.constEnd() || listed.contains(item.clientId))
                        continue;
                    listed.insert(item.clientId);
                    read.agendaClients << AgendaClient {meeting.id, item.id, *client};
                    reads << AccessRead {client->id, AccessKind::RiskStatus,
                        AccessPurpose::BeforeMeeting, meeting.id};
                }
            }
            workspace.accessLogger().read(reads);
            read.routines = routines.take();
            read.forumNames = forumNames.take();
            return read;
        });
}

ComingAgendas readComingAgendas(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return readComingAgendas(batch, workspace, personId, fromUtc, toUtc);
    });
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
