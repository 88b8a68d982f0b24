#pragma once

#include <QList>
#include <QStringList>

namespace tf {

class Database;

// A unit's own APT topics per month (migration 026).
class AptTopicRepository
{
public:
    explicit AptTopicRepository(Database &db);

    // The unit's own topics for the month, in order; empty when it has none.
    QStringList topics(qint64 unitId, int month);
    // The months (1–12) the unit has its own topics for.
    QList<int> ownMonths(qint64 unitId);
    // Replaces the unit's own topics for the month (none: removes them).
    void set(qint64 unitId, int month, const QStringList &titles, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
