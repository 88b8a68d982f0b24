#include "services/care/JournalDuties.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/care/ActionsWithClients.h"
#include "storage/ActionRepository.h"
#include "storage/ActionScope.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "storage/care/JournalRepository.h"

#include <algorithm>

namespace tf {

namespace {
StorageError refused(const QString &why)
{
    return StorageError(StorageError::Kind::Refused, why);
}

QString personName(Workspace &workspace, qint64 personId)
{
    const auto person = personId ? workspace.people().byId(personId) : std::nullopt;
    return person ? person->name : QStringLiteral("någon annan");
}
} // namespace

JournalDuties::JournalDuties(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<JournalDue> JournalDuties::dueFor(qint64 personId)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return dueFor(batch, personId); });
}

Later<QList<JournalDue>> JournalDuties::dueFor(ReadBatch &batch, qint64 personId)
{
    // The actions and their clients' names in one round trip.
    auto read
        = actionsWithClients(batch, m_workspace, ActionScope::awaitingJournalEntryBy(personId));
    return batch.derive<QList<JournalDue>>([read]() mutable {
        ActionsWithClients rows = read.take();
        QList<JournalDue> list;
        for (const Action &action : std::as_const(rows.actions))
            list << JournalDue {action, rows.clientNames.value(action.clientId)};
        std::sort(list.begin(), list.end(),
            [](const JournalDue &a, const JournalDue &b) { return a.action.id < b.action.id; });
        return list;
    });
}

std::optional<JournalMark> JournalDuties::markOf(qint64 actionId)
{
    return JournalRepository(m_workspace.database()).mark(actionId);
}

JournalMark JournalDuties::markDocumented(qint64 actionId, const QString &record)
{
    const QString key = record.trimmed().toLower();
    if (!isJournalRecord(key))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Ange i vilken journal åtgärden är dokumenterad: SoL, HSL eller LSS."));
    Transaction transaction(m_workspace.database());
    const auto action = m_workspace.actions().byId(actionId);
    if (!action)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen åtgärd med id %1.").arg(actionId));
    if (!action->journalEntryNeeded || action->journalById == 0)
        throw refused(QStringLiteral("Åtgärden ska inte dokumenteras i journal."));
    if (action->status == ActionStatus::Cancelled)
        throw refused(QStringLiteral("Åtgärden är ångrad och ska inte dokumenteras."));
    const qint64 actor = m_workspace.actorId();
    if (actor != action->journalById)
        throw refused(QStringLiteral("Bara %1, som ska dokumentera åtgärden i journalen, kan "
                                     "markera den som dokumenterad.")
                          .arg(personName(m_workspace, action->journalById)));
    JournalRepository repository(m_workspace.database());
    if (const auto earlier = repository.mark(actionId))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Åtgärden är redan markerad som dokumenterad (%1).")
                .arg(journalRecordLabel(earlier->record)));
    repository.addMark(actionId, key, actor);
    transaction.commit();
    return repository.mark(actionId).value_or(JournalMark {actionId, key, actor, {}});
}

} // namespace tf
