#include "services/agenda/AgendaService.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/care/CarePlanning.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace tf {

namespace {
StorageError itemGone()
{
    return StorageError(
        StorageError::Kind::NotFound, QStringLiteral("Punkten finns inte längre på dagordningen."));
}
} // namespace

AgendaService::AgendaService(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<AgendaItem> AgendaService::items(qint64 meetingId)
{
    return m_workspace.meetings().agendaItems(meetingId);
}

QString AgendaService::clientRefusal(qint64 meetingId, qint64 clientId)
{
    return clientAgendaRefusal(m_workspace, meetingId, clientId);
}

void AgendaService::refuseClient(qint64 meetingId, qint64 clientId)
{
    const QString reason = clientRefusal(meetingId, clientId);
    if (!reason.isEmpty())
        throw StorageError(StorageError::Kind::Refused, reason);
}

qint64 AgendaService::add(const AgendaItem &item)
{
    Transaction transaction(m_workspace.database());
    refuseClient(item.meetingId, item.clientId);
    const qint64 id = m_workspace.meetings().addAgendaItem(item, m_workspace.actorId());
    transaction.commit();
    return id;
}

void AgendaService::update(const AgendaItem &item)
{
    Transaction transaction(m_workspace.database());
    const QList<AgendaItem> current = items(item.meetingId);
    const auto stored = std::find_if(current.begin(), current.end(),
        [&](const AgendaItem &existing) { return existing.id == item.id; });
    if (stored == current.end())
        throw itemGone();
    if (stored->clientId != item.clientId)
        refuseClient(item.meetingId, item.clientId);
    m_workspace.meetings().updateAgendaItem(item, m_workspace.actorId());
    transaction.commit();
}

void AgendaService::remove(qint64 itemId)
{
    Transaction transaction(m_workspace.database());
    m_workspace.meetings().removeAgendaItem(itemId, m_workspace.actorId());
    transaction.commit();
}

void AgendaService::move(qint64 itemId, int delta)
{
    Transaction transaction(m_workspace.database());
    const auto meetingId = m_workspace.meetings().meetingOfAgendaItem(itemId);
    if (!meetingId)
        throw itemGone();
    QList<AgendaItem> list = items(*meetingId);
    const auto from = std::find_if(
        list.begin(), list.end(), [&](const AgendaItem &item) { return item.id == itemId; });
    const auto row = static_cast<int>(from - list.begin());
    const int target = row + delta;
    if (target < 0 || target >= list.size())
        return; // already first or last
    list.move(row, target);
    renumber(list);
    transaction.commit();
}

void AgendaService::reorder(qint64 meetingId, const QList<qint64> &itemIds)
{
    Transaction transaction(m_workspace.database());
    QList<AgendaItem> rest = items(meetingId);
    QList<AgendaItem> ordered;
    for (qint64 id : itemIds) {
        const auto found = std::find_if(
            rest.begin(), rest.end(), [&](const AgendaItem &item) { return item.id == id; });
        if (found == rest.end())
            throw itemGone();
        ordered << *found;
        rest.erase(found);
    }
    renumber(ordered + rest);
    transaction.commit();
}

void AgendaService::renumber(QList<AgendaItem> list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].position == i + 1)
            continue;
        list[i].position = i + 1;
        m_workspace.meetings().updateAgendaItem(list[i], m_workspace.actorId());
    }
}

} // namespace tf
