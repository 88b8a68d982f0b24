#pragma once

#include "domain/quality/Deviation.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// How many deviations one unit had of one category.
struct DeviationCount
{
    qint64 unitId = 0;
    DeviationCategory category = DeviationCategory::Other;
    int count = 0;
};

// The avvikelser (migration 021). Writes record the change for actorId.
class DeviationRepository
{
public:
    explicit DeviationRepository(Database &db);

    qint64 add(const Deviation &deviation, qint64 actorId);
    void update(const Deviation &deviation, qint64 actorId);
    std::optional<Deviation> byId(qint64 id);
    // The unit's deviation with the record system's number, if any.
    std::optional<Deviation> byExternalId(qint64 unitId, const QString &externalId);
    // The unit's deviations (every unit's for unitId 0) from `from` to `to`
    // inclusive, newest first.
    QList<Deviation> between(qint64 unitId, const QDate &from, const QDate &to);
    // Counted per unit and category, the same days (a GROUP BY in the
    // database).
    QList<DeviationCount> counts(qint64 unitId, const QDate &from, const QDate &to);

private:
    Database &m_db;
};

} // namespace tf
