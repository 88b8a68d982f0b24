#pragma once

#include "domain/Unit.h"

#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

class UnitRepository
{
public:
    explicit UnitRepository(Database &db);

    qint64 create(const Unit &unit, qint64 actorId);
    std::optional<Unit> byId(qint64 id);
    // By name.
    QList<Unit> all();
    Later<QList<Unit>> all(ReadBatch &batch);
    // Saves service type, name and parent to the version read; returns the
    // new version. Throws StorageError::Kind::Conflict when it changed since.
    int save(const Unit &unit, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
