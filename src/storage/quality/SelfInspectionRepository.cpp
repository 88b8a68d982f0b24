#include "storage/quality/SelfInspectionRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"

namespace tf {

SelfInspectionRepository::SelfInspectionRepository(Database &db)
    : m_db(db)
{ }

qint64 SelfInspectionRepository::add(const InspectionResult &result, qint64 actorId)
{
    Query query(m_db,
        QStringLiteral("INSERT INTO self_inspection (unit_id, inspection_key, period_start, "
                       "performed_on, finding, actions, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return query.bindId(result.unitId)
        .bind(result.key)
        .bindDate(result.periodStart)
        .bindDate(result.performedOn)
        .bind(result.finding)
        .bind(result.actions)
        .bindId(actorId)
        .bind(nowUtcText())
        .execReturningId();
}

QList<InspectionResult> SelfInspectionRepository::results(
    qint64 unitId, const QDate &from, const QDate &to)
{
    return results(unitId ? QList<qint64> {unitId} : QList<qint64>(), from, to);
}

QList<InspectionResult> SelfInspectionRepository::results(
    const QList<qint64> &unitIds, const QDate &from, const QDate &to)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return results(batch, unitIds, from, to); });
}

Later<QList<InspectionResult>> SelfInspectionRepository::results(
    ReadBatch &batch, const QList<qint64> &unitIds, const QDate &from, const QDate &to)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT id, unit_id, inspection_key, period_start, performed_on, finding, "
                       "actions, recorded_by, recorded_at FROM self_inspection "
                       "WHERE period_start >= ? AND period_start <= ?%1 "
                       "ORDER BY period_start, id")
            .arg(unitIds.isEmpty()
                    ? QString()
                    : QStringLiteral(" AND unit_id IN (%1)").arg(parameterMarks(unitIds.size()))));
    statement.bindDate(from).bindDate(to);
    for (qint64 unitId : unitIds)
        statement.bindId(unitId);
    return batch.read<QList<InspectionResult>>(statement, [](Query &query) {
        QList<InspectionResult> list;
        while (query.next())
            list << InspectionResult {query.id(0), query.id(1), query.text(2), query.date(3),
                query.date(4), query.text(5), query.text(6), query.id(7), query.time(8)};
        return list;
    });
}

QDate SelfInspectionRepository::firstPeriodRecorded()
{
    return readAlone(m_db, [&](ReadBatch &batch) { return firstPeriodRecorded(batch); });
}

Later<QDate> SelfInspectionRepository::firstPeriodRecorded(ReadBatch &batch)
{
    Query &statement = batch.add(QStringLiteral("SELECT MIN(period_start) FROM self_inspection"));
    return batch.read<QDate>(
        statement, [](Query &query) { return query.next() ? query.date(0) : QDate(); });
}

} // namespace tf
