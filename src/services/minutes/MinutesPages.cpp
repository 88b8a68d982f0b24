#include "services/minutes/MinutesPages.h"

#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "services/care/RiskRoutine.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/ReadBatch.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ObjectionRepository.h"
#include "storage/care/RiskRepository.h"

namespace tf {

MinutesPages readMinutesPages(Workspace &workspace, qint64 meetingId, AccessPurpose purpose)
{
    return readAlone(workspace.database(),
        [&](ReadBatch &batch) { return readMinutesPages(batch, workspace, meetingId, purpose); });
}

Later<MinutesPages> readMinutesPages(
    ReadBatch &batch, Workspace &workspace, qint64 meetingId, AccessPurpose purpose)
{
    auto items = workspace.meetings().agendaItems(batch, meetingId);
    auto entries = workspace.minutes().entries(batch, meetingId);
    auto clients = workspace.clients().onAgendaOf(batch, meetingId);
    auto histories = workspace.risks().historiesOfAgenda(batch, meetingId);
    auto participation = workspace.care().participationsOfMeeting(batch, meetingId);
    auto remarks = ObjectionRepository(workspace.database()).ofMeeting(batch, meetingId);
    auto actions = MeetingActions(workspace).read(batch, meetingId);
    return batch.derive<MinutesPages>([=, &workspace]() mutable {
        MinutesPages pages;
        pages.items = items.take();
        pages.entries = entries.take();
        for (const Client &client : clients.get())
            pages.clients.insert(client.id, client);
        const auto byClient = histories.take();
        for (auto it = byClient.cbegin(); it != byClient.cend(); ++it)
            pages.latestRisks.insert(it.key(), RiskRoutine::latestPerInstrument(it.value()));
        pages.participation = participation.take();
        ObjectionRepository::Remarks read = remarks.take();
        pages.objections = std::move(read.objections);
        pages.corrections = std::move(read.corrections);
        pages.actions = actions.take();

        QList<qint64> readClients;
        for (const AgendaItem &item : std::as_const(pages.items))
            readClients << item.clientId;
        workspace.accessLogger().clientsRead(readClients, AccessKind::Minutes, purpose, meetingId);
        return pages;
    });
}

} // namespace tf
