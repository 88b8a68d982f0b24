#include "storage/CoordinatedUnitRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace tf {

CoordinatedUnitRepository::CoordinatedUnitRepository(Database &db)
    : m_db(db)
{ }

QList<qint64> CoordinatedUnitRepository::of(qint64 unitId, const QString &forum)
{
    Query query(m_db,
        QStringLiteral("SELECT coordinated_unit_id FROM coordinated_unit WHERE unit_id = ? "
                       "AND forum = ? ORDER BY coordinated_unit_id"));
    query.bind(unitId).bind(forum).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

void CoordinatedUnitRepository::set(
    qint64 unitId, const QString &forum, const QList<qint64> &unitIds, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(
        m_db, QStringLiteral("DELETE FROM coordinated_unit WHERE unit_id = ? AND forum = ?"));
    remove.bind(unitId).bind(forum).exec();
    for (qint64 id : unitIds) {
        Query insert(m_db,
            QStringLiteral("INSERT INTO coordinated_unit (unit_id, forum, coordinated_unit_id, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(unitId).bind(forum).bind(id).bind(nowUtcText()).bindId(actorId).exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("coordinated_unit"), unitId, QStringLiteral("update"));
    transaction.commit();
}

QList<qint64> CoordinatedUnitRepository::coordinatorsOf(
    const QList<qint64> &unitIds, const QString &forum)
{
    if (unitIds.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < unitIds.size(); ++i)
        marks << QStringLiteral("?");
    Query query(m_db,
        QStringLiteral("SELECT DISTINCT unit_id FROM coordinated_unit WHERE forum = ? "
                       "AND coordinated_unit_id IN (%1) ORDER BY unit_id")
            .arg(marks.join(QStringLiteral(", "))));
    query.bind(forum);
    for (qint64 id : unitIds)
        query.bind(id);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

} // namespace tf
