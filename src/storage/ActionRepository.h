#pragma once

#include "domain/Action.h"

#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
struct ActionScope;
template <typename T> class Later;

// Decided actions (åtgärder) and their follow-up.
class ActionRepository
{
public:
    explicit ActionRepository(Database &db);

    qint64 create(const Action &action, qint64 actorId);
    std::optional<Action> byId(qint64 id);
    QList<Action> byMeeting(qint64 meetingId);
    // The actions about a client: named for them, or decided on an agenda
    // item about them.
    QList<Action> byClient(qint64 clientId);
    // Actions decided at the unit's meetings, optionally of one status.
    QList<Action> byUnit(qint64 unitId, std::optional<ActionStatus> status = std::nullopt);
    // The actions of the scope, by due date.
    Later<QList<Action>> select(ReadBatch &batch, const ActionScope &scope);
    QList<Action> byResponsible(qint64 personId, std::optional<ActionStatus> status = std::nullopt);
    // The open and done (not cancelled) actions that name the person for the
    // journal entry and have no mark yet (journal_entry_done), oldest first.
    QList<Action> awaitingJournalEntryBy(qint64 personId);
    // Saves every field. Throws StorageError::Kind::Conflict when the action
    // changed since it was read. Returns the new version.
    int save(const Action &action, qint64 actorId);
    // Records who closed the action and when.
    int markDone(const Action &action, qint64 actorId);

private:
    QList<Action> select(const QString &where, const QVariantList &values,
        const QString &order = QStringLiteral("a.due_date, a.id"));
    Later<QList<Action>> select(ReadBatch &batch, const QString &where, const QVariantList &values,
        const QString &order = QStringLiteral("a.due_date, a.id"));

    Database &m_db;
};

} // namespace tf
