#include "LogCheckBench.h"

#include "ComplianceBench.h"
#include "RawAccessLog.h"
#include "RawStatements.h"
#include "Stats.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/Query.h"

#include <QSet>

namespace tf::bench {

namespace {
constexpr int kSampleSize = 20;

QDateTime monthStart(const QDate &first)
{
    return first.startOfDay(SeriesPlanner::stockholm()).toUTC();
}

// The month before the log's newest entry's: where the search for the
// newest whole month with reads starts (the benchmark's own reads are of
// this month; the generated years may have ended before it).
QDate lastWholeMonth(RawStatements &raw)
{
    const QDateTime newest = QDateTime::fromString(
        raw.firstColumn(QStringLiteral("SELECT MAX(accessed_at) FROM access_log"))
            .value(0)
            .toString(),
        Qt::ISODate);
    if (!newest.isValid())
        throw StorageError(StorageError::Kind::General, QStringLiteral("the access log is empty"));
    const QDate day = newest.date();
    return QDate(day.year(), day.month(), 1).addMonths(-1);
}

// The unit whose clients' data was read most in the month; 0 when nobody's
// was.
qint64 busiestUnit(Workspace &workspace, const QDate &first)
{
    Query query(workspace.database(),
        QStringLiteral("SELECT c.unit_id FROM access_log a JOIN client c ON c.id = a.client_id "
                       "WHERE a.accessed_at >= ? AND a.accessed_at < ? GROUP BY c.unit_id "
                       "ORDER BY COUNT(*) DESC, c.unit_id LIMIT 1"));
    query.bindTime(monthStart(first)).bindTime(monthStart(first.addMonths(1))).exec();
    return query.next() ? query.id(0) : 0;
}

struct FloorCounts
{
    qsizetype without = 0;
    qsizetype others = 0;
    qsizetype logged = 0;
};

// The month's entries of the unit through the newest one, each with its
// care relation, in one statement; then the same clients' reads logged.
FloorCounts rawLogCheck(Workspace &workspace, RawStatements &raw, qint64 unitId, const QDate &first,
    const QList<qint64> &loggedClients)
{
    const QVariantList newest = raw.firstColumn(QStringLiteral("SELECT MAX(id) FROM access_log"));
    const QVariantList careFlags = raw.firstColumn(
        QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END, a.id, a.accessed_at, a.person_id, "
                       "a.client_id, a.kind, a.purpose, a.meeting_id FROM access_log a "
                       "JOIN client c ON c.id = a.client_id WHERE c.unit_id = ? AND a.id <= ? "
                       "AND a.accessed_at >= ? AND a.accessed_at < ?")
            .arg(AccessLogRepository::careRelationInUnitCondition()),
        {unitId, unitId, newest.value(0), utcText(monthStart(first)),
            utcText(monthStart(first.addMonths(1)))});
    FloorCounts n;
    for (const QVariant &flag : careFlags)
        (flag.toInt() ? n.others : n.without) += 1;
    n.logged = rawLogReads(workspace.database(), raw, loggedClients,
        accessKindKey(AccessKind::AccessLog), accessPurposeKey(AccessPurpose::Loggkontroll), 0);
    return n;
}
} // namespace

QJsonObject measureLogCheckMonth(Workspace &workspace, int runs)
{
    const qint64 actor = workspace.actorId();
    workspace.setActorId(aUnitManager(workspace));
    RawStatements raw(workspace.database());
    QDate first = lastWholeMonth(raw);
    qint64 unitId = busiestUnit(workspace, first);
    for (int back = 0; unitId == 0 && back < 24; ++back) {
        first = first.addMonths(-1);
        unitId = busiestUnit(workspace, first);
    }
    if (unitId == 0)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("no reads were logged in the two years before %1")
                .arg(first.toString(Qt::ISODate)));
    const QString period = first.toString(QStringLiteral("yyyy-MM"));
    QList<double> measured, floor;
    LogCheck check;
    FloorCounts counts;
    for (int run = 0; run < runs; ++run) {
        measured << timeMs(
            [&] { check = prepareLogCheck(workspace, unitId, period, kSampleSize); });
        QList<qint64> clients;
        qsizetype without = 0;
        for (const LogCheckRow &row : std::as_const(check.rows)) {
            if (!clients.contains(row.entry.clientId))
                clients << row.entry.clientId;
            without += row.reason == CheckReason::NoCareRelation ? 1 : 0;
        }
        floor << timeMs([&] { counts = rawLogCheck(workspace, raw, unitId, first, clients); });
        expectRows("reads without a care relation", counts.without, without);
        expectRows("reads in the stickprov", qMin<qsizetype>(counts.others, kSampleSize),
            check.rows.size() - without);
        expectRows("clients whose reads were logged", counts.logged, clients.size());
    }
    workspace.setActorId(actor);
    QJsonObject result = figure(measured, floor, 1000, 0);
    result.insert(QStringLiteral("month"), period);
    result.insert(QStringLiteral("unitId"), unitId);
    result.insert(QStringLiteral("readsInMonth"), counts.without + counts.others);
    result.insert(QStringLiteral("withoutCareRelation"), counts.without);
    return result;
}

} // namespace tf::bench
