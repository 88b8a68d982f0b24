#pragma once

#include <QList>
#include <QString>

namespace tf {

class Database;

// The units a forum of a unit coordinates (migration 029): a
// samordningsmöte of an area draws its clients from them.
class CoordinatedUnitRepository
{
public:
    explicit CoordinatedUnitRepository(Database &db);

    // By unit id.
    QList<qint64> of(qint64 unitId, const QString &forum);
    // Replaces the list, in one transaction.
    void set(qint64 unitId, const QString &forum, const QList<qint64> &unitIds, qint64 actorId);
    // The units whose `forum` coordinates any of `unitIds`.
    QList<qint64> coordinatorsOf(const QList<qint64> &unitIds, const QString &forum);

private:
    Database &m_db;
};

} // namespace tf
