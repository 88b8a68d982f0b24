#include "storage/UnitRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect
    = QStringLiteral("SELECT id, version, uuid, service_type, name, parent_id FROM unit");

Unit readUnit(const Query &query)
{
    Unit unit;
    unit.id = query.id(0);
    unit.version = query.integer(1);
    unit.uuid = query.text(2);
    serviceTypeFromKey(query.text(3), &unit.serviceType);
    unit.name = query.text(4);
    unit.parentId = query.id(5);
    return unit;
}
} // namespace

UnitRepository::UnitRepository(Database &db)
    : m_db(db)
{ }

qint64 UnitRepository::create(const Unit &unit, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO unit (uuid, service_type, name, parent_id, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(serviceTypeKey(unit.serviceType))
        .bind(unit.name.trimmed())
        .bindId(unit.parentId)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("unit"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<Unit> UnitRepository::byId(qint64 id)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readUnit(query);
}

int UnitRepository::save(const Unit &unit, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE unit SET service_type = ?, name = ?, parent_id = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bind(serviceTypeKey(unit.serviceType))
        .bind(unit.name.trimmed())
        .bindId(unit.parentId)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(unit.id)
        .bind(unit.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Enheten %1 har ändrats av någon annan sedan du öppnade den. Dina "
                           "ändringar har inte sparats.")
                .arg(unit.name));
    recordChange(m_db, actorId, QStringLiteral("unit"), unit.id, QStringLiteral("update"));
    transaction.commit();
    return unit.version + 1;
}

QList<Unit> UnitRepository::all()
{
    return readAlone(m_db, [&](ReadBatch &batch) { return all(batch); });
}

Later<QList<Unit>> UnitRepository::all(ReadBatch &batch)
{
    // UnitKey::firstByName() names the first of this order.
    Query &statement = batch.add(kSelect + QStringLiteral(" ORDER BY name, id"));
    return batch.read<QList<Unit>>(statement, [](Query &query) {
        QList<Unit> units;
        while (query.next())
            units << readUnit(query);
        return units;
    });
}

} // namespace tf
