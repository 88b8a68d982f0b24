#pragma once

#include "domain/quality/SelfInspection.h"

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The egenkontroller done (migration 024): only added, never changed.
class SelfInspectionRepository
{
public:
    explicit SelfInspectionRepository(Database &db);

    // Adds a result by actorId (on PostgreSQL the signed-in login's person),
    // now; returns its id.
    qint64 add(const InspectionResult &result, qint64 actorId);
    // A unit's results (every unit's for 0) for periods starting in
    // [from, to], oldest period first.
    QList<InspectionResult> results(qint64 unitId, const QDate &from, const QDate &to);
    // The same for several units in one read (every unit's when none).
    QList<InspectionResult> results(
        const QList<qint64> &unitIds, const QDate &from, const QDate &to);
    Later<QList<InspectionResult>> results(
        ReadBatch &batch, const QList<qint64> &unitIds, const QDate &from, const QDate &to);
    // The first period anything was recorded for, anywhere; invalid when
    // nothing was.
    QDate firstPeriodRecorded();
    Later<QDate> firstPeriodRecorded(ReadBatch &batch);

private:
    Database &m_db;
};

} // namespace tf
