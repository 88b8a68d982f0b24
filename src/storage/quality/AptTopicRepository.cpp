#include "storage/quality/AptTopicRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

AptTopicRepository::AptTopicRepository(Database &db)
    : m_db(db)
{ }

QStringList AptTopicRepository::topics(qint64 unitId, int month)
{
    Query query(m_db,
        QStringLiteral("SELECT title FROM apt_topic WHERE unit_id = ? AND month = ? "
                       "ORDER BY position, id"));
    query.bindId(unitId).bind(month).exec();
    QStringList titles;
    while (query.next())
        titles << query.text(0);
    return titles;
}

QList<int> AptTopicRepository::ownMonths(qint64 unitId)
{
    Query query(m_db,
        QStringLiteral("SELECT DISTINCT month FROM apt_topic WHERE unit_id = ? ORDER BY month"));
    query.bindId(unitId).exec();
    QList<int> months;
    while (query.next())
        months << query.integer(0);
    return months;
}

void AptTopicRepository::set(qint64 unitId, int month, const QStringList &titles, qint64 actorId)
{
    Query remove(m_db, QStringLiteral("DELETE FROM apt_topic WHERE unit_id = ? AND month = ?"));
    remove.bindId(unitId).bind(month).exec();
    for (int position = 0; position < titles.size(); ++position) {
        Query insert(m_db,
            QStringLiteral("INSERT INTO apt_topic (unit_id, month, position, title) "
                           "VALUES (?, ?, ?, ?) RETURNING id"));
        insert.bindId(unitId).bind(month).bind(position).bind(titles.at(position));
        insert.execReturningId();
    }
    recordChange(m_db, actorId, QStringLiteral("apt_topic"), unitId, QStringLiteral("update"));
}

} // namespace tf
