#include "ComplianceBench.h"

#include "Stats.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/quality/ComplianceReport.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "storage/quality/ComplianceRepository.h"

namespace tf::bench {

qint64 aUnitManager(Workspace &workspace)
{
    for (const Person &person : workspace.people().all()) {
        if (person.profession.contains(QStringLiteral("nhetschef"))
            || person.role.contains(QStringLiteral("nhetschef")))
            return person.id;
    }
    throw StorageError(StorageError::Kind::General, QStringLiteral("no enhetschef generated"));
}

namespace {

// The aggregates the report is built from, every row read; throws when
// they found no meetings, so a floor of nothing cannot pass.
void rawAggregates(Workspace &workspace, int year, qint64 unitId, const QDate &asOf)
{
    const auto start
        = [](const QDate &day) { return day.startOfDay(SeriesPlanner::stockholm()).toUTC(); };
    ComplianceRepository counts(
        workspace.database(), start(QDate(year, 1, 1)), start(QDate(year + 1, 1, 1)), unitId);
    const auto spans = counts.spans();
    const auto meetings = counts.meetings(QDateTime::currentDateTimeUtc());
    const auto attendance = counts.attendance();
    const auto actions = counts.actions(asOf);
    if (spans.isEmpty() || meetings.isEmpty() || attendance.isEmpty() || actions.isEmpty())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("the compliance floor found no meetings in %1").arg(year));
}

int heldIn(const ComplianceReport &report)
{
    int held = 0;
    for (const UnitCompliance &unit : report.units) {
        for (const ForumCompliance &forum : unit.forums)
            held += forum.held;
    }
    return held;
}
} // namespace

QJsonObject measureCompliance(Workspace &workspace, int runs)
{
    const qint64 actor = workspace.actorId();
    workspace.setActorId(aUnitManager(workspace));
    const QDate today = QDate::currentDate();
    const int year = today.year() - 1;
    const qint64 unitId = workspace.units().all().first().id;
    QList<double> unitYear, unitFloor, allYears, allFloor;
    int unitHeld = 0;
    int allHeld = 0;
    for (int run = 0; run < runs; ++run) {
        unitYear << timeMs(
            [&] { unitHeld = heldIn(complianceReport(workspace, year, unitId, today)); });
        unitFloor << timeMs([&] { rawAggregates(workspace, year, unitId, QDate(year, 12, 31)); });
        allYears << timeMs([&] { allHeld = heldIn(complianceReport(workspace, year, 0, today)); });
        allFloor << timeMs([&] { rawAggregates(workspace, year, 0, QDate(year, 12, 31)); });
    }
    workspace.setActorId(actor);
    if (unitHeld == 0 || allHeld <= unitHeld)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("the compliance report counted no meetings in %1").arg(year));
    QJsonObject unit = figure(unitYear, unitFloor, 200, 0);
    unit.insert(QStringLiteral("meetingsHeld"), unitHeld);
    QJsonObject all = figure(allYears, allFloor, 2000, 0);
    all.insert(QStringLiteral("meetingsHeld"), allHeld);
    return {{QStringLiteral("year"), year}, {QStringLiteral("oneUnit"), unit},
        {QStringLiteral("everyUnit"), all}};
}

} // namespace tf::bench
