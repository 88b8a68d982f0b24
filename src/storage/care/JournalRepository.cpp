#include "storage/care/JournalRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
{ }

QList<qint64> JournalRepository::awaitingEntryBy(qint64 personId)
{
    Query query(m_db,
        QStringLiteral("SELECT a.id FROM team_action a WHERE a.journal_entry_needed = 1 "
                       "AND a.journal_by = ? AND a.status <> 'cancelled' "
                       "AND NOT EXISTS (SELECT 1 FROM journal_entry_done j "
                       "WHERE j.action_id = a.id) ORDER BY a.id"));
    query.bind(personId).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

std::optional<JournalMark> JournalRepository::mark(qint64 actionId)
{
    Query query(m_db,
        QStringLiteral("SELECT record, documented_by, documented_at FROM journal_entry_done "
                       "WHERE action_id = ?"));
    query.bind(actionId).exec();
    if (!query.next())
        return std::nullopt;
    return JournalMark {actionId, query.text(0), query.id(1), query.time(2)};
}

void JournalRepository::addMark(qint64 actionId, const QString &record, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO journal_entry_done (action_id, record, documented_by, "
                       "documented_at) VALUES (?, ?, ?, ?)"));
    insert.bind(actionId).bind(record).bindId(actorId).bind(nowUtcText()).exec();
    recordChange(
        m_db, actorId, QStringLiteral("journal_entry_done"), actionId, QStringLiteral("insert"));
}

} // namespace tf
