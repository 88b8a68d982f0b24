#include "storage/ActionRepository.h"

#include "storage/ActionScope.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.version, a.uuid, a.meeting_id, a.agenda_item_id, a.client_id, a.what, "
    "a.responsible_id, a.due_date, a.follow_up_days, a.status, a.feedback_to_client, "
    "a.feedback_by, a.journal_entry_needed, a.journal_by, a.done_utc, a.done_by, "
    "a.next_follow_up FROM team_action a");

Action readAction(const Query &query)
{
    Action action;
    action.id = query.id(0);
    action.version = query.integer(1);
    action.uuid = query.text(2);
    action.meetingId = query.id(3);
    action.agendaItemId = query.id(4);
    action.clientId = query.id(5);
    action.what = query.text(6);
    action.responsibleId = query.id(7);
    action.dueDate = query.date(8);
    action.followUpDays = query.integer(9);
    action.status = actionStatusFromKey(query.text(10));
    action.feedbackToClient = query.boolean(11);
    action.feedbackById = query.id(12);
    action.journalEntryNeeded = query.boolean(13);
    action.journalById = query.id(14);
    if (!query.text(15).isEmpty())
        action.doneUtc = query.time(15);
    action.doneById = query.id(16);
    action.nextFollowUpDate = query.date(17);
    return action;
}
} // namespace

ActionRepository::ActionRepository(Database &db)
    : m_db(db)
{ }

qint64 ActionRepository::create(const Action &action, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO team_action (uuid, meeting_id, agenda_item_id, client_id, what, "
            "responsible_id, due_date, follow_up_days, status, feedback_to_client, feedback_by, "
            "journal_entry_needed, journal_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bindId(action.meetingId)
        .bindId(action.agendaItemId)
        .bindId(action.clientId)
        .bind(action.what.trimmed())
        .bindId(action.responsibleId)
        .bindDate(action.dueDate)
        .bind(action.followUpDays)
        .bind(actionStatusKey(action.status))
        .bindBool(action.feedbackToClient)
        .bindId(action.feedbackById)
        .bindBool(action.journalEntryNeeded)
        .bindId(action.journalById)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("team_action"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<Action> ActionRepository::byId(qint64 id)
{
    const auto found = select(QStringLiteral("a.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Action> ActionRepository::byMeeting(qint64 meetingId)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return select(batch, ActionScope::ofMeeting(meetingId)); });
}

QList<Action> ActionRepository::byClient(qint64 clientId)
{
    return select(QStringLiteral("(a.client_id = ? OR a.agenda_item_id IN "
                                 "(SELECT id FROM agenda_item WHERE client_id = ?))"),
        {clientId, clientId});
}

QList<Action> ActionRepository::byUnit(qint64 unitId, std::optional<ActionStatus> status)
{
    return readAlone(m_db, [&](ReadBatch &batch) {
        return select(batch, ActionScope::ofUnit(UnitKey::unit(unitId), status));
    });
}

Later<QList<Action>> ActionRepository::select(ReadBatch &batch, const ActionScope &scope)
{
    return select(batch, scope.where, scope.values);
}

QList<Action> ActionRepository::byResponsible(qint64 personId, std::optional<ActionStatus> status)
{
    ActionScope scope = ActionScope::ofResponsible(personId);
    if (status) {
        scope.where += QStringLiteral(" AND a.status = ?");
        scope.values << actionStatusKey(*status);
    }
    return select(scope.where, scope.values);
}

QList<Action> ActionRepository::awaitingJournalEntryBy(qint64 personId)
{
    const ActionScope awaiting = ActionScope::awaitingJournalEntryBy(personId);
    return select(awaiting.where, awaiting.values, QStringLiteral("a.id"));
}

QList<Action> ActionRepository::select(
    const QString &where, const QVariantList &values, const QString &order)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return select(batch, where, values, order); });
}

Later<QList<Action>> ActionRepository::select(
    ReadBatch &batch, const QString &where, const QVariantList &values, const QString &order)
{
    Query &statement = batch.add(
        kSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : values)
        statement.bind(value);
    return batch.read<QList<Action>>(statement, [](Query &query) {
        QList<Action> actions;
        while (query.next())
            actions << readAction(query);
        return actions;
    });
}

int ActionRepository::save(const Action &action, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral(
            "UPDATE team_action SET client_id = ?, what = ?, responsible_id = ?, due_date = ?, "
            "follow_up_days = ?, status = ?, feedback_to_client = ?, feedback_by = ?, "
            "journal_entry_needed = ?, journal_by = ?, done_utc = ?, done_by = ?, "
            "next_follow_up = ?, version = version + 1, updated_at = ?, updated_by = ? "
            "WHERE id = ? AND version = ?"));
    update.bindId(action.clientId)
        .bind(action.what.trimmed())
        .bindId(action.responsibleId)
        .bindDate(action.dueDate)
        .bind(action.followUpDays)
        .bind(actionStatusKey(action.status))
        .bindBool(action.feedbackToClient)
        .bindId(action.feedbackById)
        .bindBool(action.journalEntryNeeded)
        .bindId(action.journalById)
        .bindTime(action.doneUtc)
        .bindId(action.doneById)
        .bindDate(action.nextFollowUpDate)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(action.id)
        .bind(action.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Åtgärden har ändrats av någon annan sedan du öppnade "
                           "den. Dina ändringar har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("team_action"), action.id, QStringLiteral("update"));
    transaction.commit();
    return action.version + 1;
}

int ActionRepository::markDone(const Action &action, qint64 actorId)
{
    Action done = action;
    done.status = ActionStatus::Done;
    done.doneUtc = QDateTime::currentDateTimeUtc();
    done.doneById = actorId;
    return save(done, actorId);
}

} // namespace tf
