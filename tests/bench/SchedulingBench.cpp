#include "SchedulingBench.h"

#include "Stats.h"
#include "domain/SeriesPlanner.h"
#include "domain/Unit.h"
#include "services/Workspace.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/ConnectionSpec.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>

namespace tf::bench {

namespace {
const QDate kStart(2027, 1, 4); // a Monday

struct PlannedUnit
{
    qint64 id;
    QList<ForumTemplate> templates;
};

QList<PlannedUnit> makeUnits(Workspace &workspace)
{
    QList<PlannedUnit> units;
    for (int t = 0; t < 6; ++t) {
        const ServiceType type = allServiceTypes().at(t);
        const auto templates = workspace.templates().byServiceType(type);
        for (int i = 0; i < 10; ++i) {
            Unit unit;
            unit.serviceType = type;
            unit.name = QStringLiteral("Enhet %1-%2").arg(t).arg(i);
            units.append({workspace.units().create(unit, 0), templates});
        }
    }
    return units;
}

int planAll(const QList<PlannedUnit> &units)
{
    int meetings = 0;
    for (const PlannedUnit &unit : units) {
        for (const ForumTemplate &t : unit.templates) {
            const MeetingSeries series
                = SchedulingService::fromTemplate(t, unit.id, kStart, QTime(13, 0));
            meetings += static_cast<int>(
                SeriesPlanner::occurrences(series, kStart, kStart.addYears(1).addDays(-1)).size());
        }
    }
    return meetings;
}
} // namespace

QJsonObject measureScheduling(int runs)
{
    QList<double> planned;
    QList<double> stored;
    int meetings = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir folder;
        ConnectionSpec spec;
        spec.path = folder.filePath(QStringLiteral("scheduling.sqlite"));
        Workspace workspace(spec);
        workspace.open();
        const QList<PlannedUnit> units = makeUnits(workspace);
        planned << timeMs([&] { meetings = planAll(units); });
        SchedulingService scheduling(workspace);
        stored << timeMs([&] {
            for (const PlannedUnit &unit : units) {
                for (const ForumTemplate &t : unit.templates) {
                    MeetingSeries series
                        = SchedulingService::fromTemplate(t, unit.id, kStart, QTime(13, 0));
                    series.untilDate = kStart.addYears(1).addDays(-1);
                    scheduling.create(series, kStart);
                }
            }
        });
    }
    QJsonObject result = figure(planned, 200);
    result.insert(QStringLiteral("meetingsPerRun"), meetings);
    // Created and stored as series, each in its own transaction.
    result.insert(QStringLiteral("withStorage"), figure(stored, 1000));
    return result;
}

} // namespace tf::bench
