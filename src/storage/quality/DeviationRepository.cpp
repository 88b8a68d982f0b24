#include "storage/quality/DeviationRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

namespace {
const QString kColumns = QStringLiteral(
    "id, unit_id, occurred_on, category, severity, description, status, external_id");

Deviation read(const Query &query)
{
    Deviation d;
    d.id = query.id(0);
    d.unitId = query.id(1);
    d.occurredOn = query.date(2);
    deviationCategoryFromText(query.text(3), &d.category);
    deviationSeverityFromText(query.text(4), &d.severity);
    d.description = query.text(5);
    deviationStatusFromText(query.text(6), &d.status);
    d.externalId = query.text(7);
    return d;
}

// "unit_id = ? AND " or nothing for every unit.
QString unitFilter(qint64 unitId)
{
    return unitId > 0 ? QStringLiteral("unit_id = ? AND ") : QString();
}
} // namespace

DeviationRepository::DeviationRepository(Database &db)
    : m_db(db)
{ }

qint64 DeviationRepository::add(const Deviation &deviation, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO deviation (unit_id, occurred_on, category, severity, "
                       "description, status, external_id, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(deviation.unitId)
        .bindDate(deviation.occurredOn)
        .bind(deviationCategoryKey(deviation.category))
        .bind(deviationSeverityKey(deviation.severity))
        .bind(deviation.description)
        .bind(deviationStatusKey(deviation.status))
        .bind(deviation.externalId)
        .bind(nowUtcText());
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("deviation"), id, QStringLiteral("insert"));
    return id;
}

void DeviationRepository::update(const Deviation &deviation, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE deviation SET unit_id = ?, occurred_on = ?, category = ?, "
                       "severity = ?, description = ?, status = ?, external_id = ?, "
                       "updated_at = ? WHERE id = ?"));
    update.bind(deviation.unitId)
        .bindDate(deviation.occurredOn)
        .bind(deviationCategoryKey(deviation.category))
        .bind(deviationSeverityKey(deviation.severity))
        .bind(deviation.description)
        .bind(deviationStatusKey(deviation.status))
        .bind(deviation.externalId)
        .bind(nowUtcText())
        .bind(deviation.id);
    update.exec();
    if (update.rowsAffected() == 0)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Avvikelsen finns inte längre."));
    recordChange(
        m_db, actorId, QStringLiteral("deviation"), deviation.id, QStringLiteral("update"));
}

std::optional<Deviation> DeviationRepository::byId(qint64 id)
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM deviation WHERE id = ?").arg(kColumns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return read(query);
}

std::optional<Deviation> DeviationRepository::byExternalId(qint64 unitId, const QString &externalId)
{
    Query query(m_db,
        QStringLiteral("SELECT %1 FROM deviation WHERE unit_id = ? AND external_id = ? "
                       "ORDER BY id LIMIT 1")
            .arg(kColumns));
    query.bind(unitId).bind(externalId).exec();
    if (!query.next())
        return std::nullopt;
    return read(query);
}

QList<Deviation> DeviationRepository::between(qint64 unitId, const QDate &from, const QDate &to)
{
    Query query(m_db,
        QStringLiteral("SELECT %1 FROM deviation WHERE %2occurred_on >= ? AND occurred_on <= ? "
                       "ORDER BY occurred_on DESC, id DESC")
            .arg(kColumns, unitFilter(unitId)));
    if (unitId > 0)
        query.bind(unitId);
    query.bindDate(from).bindDate(to).exec();
    QList<Deviation> list;
    while (query.next())
        list << read(query);
    return list;
}

QList<DeviationCount> DeviationRepository::counts(qint64 unitId, const QDate &from, const QDate &to)
{
    Query query(m_db,
        QStringLiteral("SELECT unit_id, category, count(*) FROM deviation "
                       "WHERE %1occurred_on >= ? AND occurred_on <= ? "
                       "GROUP BY unit_id, category ORDER BY unit_id, category")
            .arg(unitFilter(unitId)));
    if (unitId > 0)
        query.bind(unitId);
    query.bindDate(from).bindDate(to).exec();
    QList<DeviationCount> list;
    while (query.next()) {
        DeviationCount count;
        count.unitId = query.id(0);
        deviationCategoryFromText(query.text(1), &count.category);
        count.count = query.integer(2);
        list << count;
    }
    return list;
}

} // namespace tf
