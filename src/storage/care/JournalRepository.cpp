#include "storage/care/JournalRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
{ }

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

QHash<qint64, JournalMark> JournalRepository::marksOf(const QList<qint64> &actionIds)
{
    QHash<qint64, JournalMark> marks;
    if (actionIds.isEmpty())
        return marks;
    const QStringList places(actionIds.size(), QStringLiteral("?"));
    Query query(m_db,
        QStringLiteral("SELECT action_id, record, documented_by, documented_at FROM "
                       "journal_entry_done WHERE action_id IN (%1)")
            .arg(places.join(QLatin1Char(','))));
    for (qint64 id : actionIds)
        query.bind(id);
    query.exec();
    while (query.next())
        marks.insert(
            query.id(0), JournalMark {query.id(0), query.text(1), query.id(2), query.time(3)});
    return marks;
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
