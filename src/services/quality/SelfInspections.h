#pragma once

#include "domain/Unit.h"
#include "domain/quality/SelfInspection.h"

#include <QHash>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// The organisation's plan of egenkontroller (resources/quality/
// egenkontroller.json), the results units record and what is due. A bad
// result is refused with StorageError (Refused) and a Swedish message; on
// PostgreSQL only someone working in the unit or managing the organisation
// may add one, in their own name (row-level security, migration 024).
class SelfInspections
{
public:
    explicit SelfInspections(Workspace &workspace);

    // The whole plan, in its order.
    static const QList<SelfInspection> &plan();
    // The inspections that apply to the unit's verksamhet.
    QList<SelfInspection> planFor(qint64 unitId);
    static QList<SelfInspection> planFor(const Unit &unit);

    // Records that the inspection was done on performedOn, for the period
    // holding that day, by the workspace's person. Refused: an unknown unit
    // or inspection, one that does not apply to the unit, a day after today,
    // or no finding. Returns the new id.
    qint64 record(qint64 unitId, const QString &key, const QDate &performedOn,
        const QString &finding, const QString &actions);

    struct UnitStatus
    {
        SelfInspection inspection;
        InspectionStatus status;
    };
    // Each inspection of the unit's plan on the day: done, due or overdue.
    QList<UnitStatus> status(qint64 unitId, const QDate &today);
    // The same for each of the units, read together, by unit id: alone, or
    // with a batch's other reads.
    QHash<qint64, QList<UnitStatus>> statusOf(const QList<Unit> &units, const QDate &today);
    Later<QHash<qint64, QList<UnitStatus>>> statusOf(
        ReadBatch &batch, const QList<Unit> &units, const QDate &today);

    // The half-year's summary (half 1 or 2) for one unit or all (0): per
    // unit and inspection the periods that ended in the half, how many have
    // a result, and the results.
    struct SummaryLine
    {
        qint64 unitId = 0;
        SelfInspection inspection;
        int periods = 0;
        int done = 0;
        QList<InspectionResult> results;
    };
    QList<SummaryLine> halfYear(int year, int half, qint64 unitId);

private:
    Workspace &m_workspace;
};

} // namespace tf
