#include "services/quality/SelfInspections.h"

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ReadBatch.h"
#include "storage/UnitRepository.h"
#include "storage/quality/SelfInspectionRepository.h"

#include <QFile>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

QList<SelfInspection> loadPlan()
{
    QFile file(QStringLiteral(":/quality/egenkontroller.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("egenkontroller.json is missing from the program's resources");
    QString error;
    const QList<SelfInspection> plan = selfInspectionPlanFromJson(file.readAll(), &error);
    if (plan.isEmpty())
        throw std::runtime_error(error.toStdString());
    return plan;
}

Unit unitOrRefuse(Workspace &workspace, qint64 unitId)
{
    const auto unit = workspace.units().byId(unitId);
    if (!unit)
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
    return *unit;
}
} // namespace

SelfInspections::SelfInspections(Workspace &workspace)
    : m_workspace(workspace)
{ }

const QList<SelfInspection> &SelfInspections::plan()
{
    static const QList<SelfInspection> loaded = loadPlan();
    return loaded;
}

QList<SelfInspection> SelfInspections::planFor(qint64 unitId)
{
    return planFor(unitOrRefuse(m_workspace, unitId));
}

QList<SelfInspection> SelfInspections::planFor(const Unit &unit)
{
    QList<SelfInspection> list;
    for (const SelfInspection &inspection : plan()) {
        if (inspection.appliesTo(unit.serviceType))
            list << inspection;
    }
    return list;
}

qint64 SelfInspections::record(qint64 unitId, const QString &key, const QDate &performedOn,
    const QString &finding, const QString &actions)
{
    const Unit unit = unitOrRefuse(m_workspace, unitId);
    const auto inspection = std::find_if(plan().cbegin(), plan().cend(),
        [&](const SelfInspection &candidate) { return candidate.key == key; });
    if (inspection == plan().cend())
        refuse(QStringLiteral("Planen har ingen egenkontroll \"%1\".").arg(key));
    if (!inspection->appliesTo(unit.serviceType))
        refuse(QStringLiteral("Egenkontrollen %1 görs inte i %2.")
                   .arg(inspection->name, serviceTypeDisplayName(unit.serviceType).toLower()));
    if (!performedOn.isValid() || performedOn > stockholmDate(QDateTime::currentDateTimeUtc()))
        refuse(QStringLiteral("Ange dagen då egenkontrollen gjordes, i dag eller tidigare."));
    if (finding.trimmed().isEmpty())
        refuse(QStringLiteral("Skriv vad egenkontrollen visade."));
    InspectionResult result;
    result.unitId = unitId;
    result.key = key;
    result.periodStart = inspectionPeriod(inspection->timesPerYear, performedOn).first;
    result.performedOn = performedOn;
    result.finding = finding.trimmed();
    result.actions = actions.trimmed();
    return SelfInspectionRepository(m_workspace.database()).add(result, m_workspace.actorId());
}

QList<SelfInspections::UnitStatus> SelfInspections::status(qint64 unitId, const QDate &today)
{
    return statusOf({unitOrRefuse(m_workspace, unitId)}, today).value(unitId);
}

QHash<qint64, QList<SelfInspections::UnitStatus>> SelfInspections::statusOf(
    const QList<Unit> &units, const QDate &today)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return statusOf(batch, units, today); });
}

Later<QHash<qint64, QList<SelfInspections::UnitStatus>>> SelfInspections::statusOf(
    ReadBatch &batch, const QList<Unit> &units, const QDate &today)
{
    using ByUnit = QHash<qint64, QList<UnitStatus>>;
    if (units.isEmpty())
        return batch.derive<ByUnit>([] { return ByUnit(); });
    QList<qint64> unitIds;
    for (const Unit &unit : units)
        unitIds << unit.id;
    SelfInspectionRepository repository(m_workspace.database());
    // The previous period of a yearly inspection began in January last year.
    auto resultsRead = repository.results(batch, unitIds, QDate(today.year() - 1, 1, 1), today);
    auto sinceRead = repository.firstPeriodRecorded(batch);
    return batch.derive<ByUnit>([units, today, resultsRead, sinceRead] {
        QHash<qint64, QList<InspectionResult>> results;
        for (const InspectionResult &result : resultsRead.get())
            results[result.unitId] << result;
        const QDate since = sinceRead.get();
        ByUnit byUnit;
        for (const Unit &unit : units) {
            QList<UnitStatus> &list = byUnit[unit.id];
            const QList<InspectionResult> unitResults = results.value(unit.id);
            for (const SelfInspection &inspection : planFor(unit))
                list << UnitStatus {
                    inspection, inspectionStatus(inspection, unitResults, today, since)};
        }
        return byUnit;
    });
}

QList<SelfInspections::SummaryLine> SelfInspections::halfYear(int year, int half, qint64 unitId)
{
    if (half != 1 && half != 2)
        refuse(QStringLiteral("Halvåret är 1 (januari–juni) eller 2 (juli–december)."));
    const QDate first(year, half == 1 ? 1 : 7, 1);
    const QDate last = first.addMonths(6).addDays(-1);
    QList<Unit> units;
    if (unitId)
        units << unitOrRefuse(m_workspace, unitId);
    else
        units = m_workspace.units().all();
    // A yearly period that ends in the half began in January.
    const QList<InspectionResult> results
        = SelfInspectionRepository(m_workspace.database()).results(unitId, QDate(year, 1, 1), last);
    // Each period's results, found by unit, inspection and period.
    std::map<std::tuple<qint64, QString, QDate>, QList<InspectionResult>> byPeriod;
    for (const InspectionResult &result : results)
        byPeriod[{result.unitId, result.key, result.periodStart}] << result;
    QList<SummaryLine> lines;
    for (const Unit &unit : units) {
        for (const SelfInspection &inspection : plan()) {
            if (!inspection.appliesTo(unit.serviceType))
                continue;
            SummaryLine line;
            line.unitId = unit.id;
            line.inspection = inspection;
            for (QDate day = first; day <= last;) {
                const InspectionPeriod period = inspectionPeriod(inspection.timesPerYear, day);
                day = period.last.addDays(1);
                if (period.last > last)
                    continue; // a yearly period ends in the second half
                ++line.periods;
                const auto done = byPeriod.find({unit.id, inspection.key, period.first});
                if (done == byPeriod.end())
                    continue;
                ++line.done;
                line.results << done->second;
            }
            lines << line;
        }
    }
    return lines;
}

} // namespace tf
