#include "services/LogChecks.h"

#include "domain/StorageError.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Identity.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/LogCheckRepository.h"
#include "storage/ReadBatch.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <map>
#include <random>

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

void refuseUnlessManager(bool manages)
{
    if (!manages)
        refuse(QStringLiteral("Loggkontrollen görs av enhetschefen eller den som administrerar "
                              "Teamforum."));
}

void requireManager(Workspace &workspace)
{
    refuseUnlessManager(Identity(workspace).managesOrganisation());
}

QDateTime monthStartUtc(const QDate &first)
{
    return first.startOfDay(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).toUTC();
}

QString periodOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

// Of the units, those overdue for the previous month's check (see
// overdueLogChecks), read with the batch's other reads together with
// whether the actor manages the organisation: refused when not.
Later<QList<Unit>> overdueAmong(ReadBatch &batch, Workspace &workspace, const QDate &today,
    Later<QList<Unit>> units, QList<Unit> *nothingToCheck)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    auto manager = Identity(workspace).managesOrganisation(batch);
    auto checkedRead
        = LogCheckRepository(workspace.database()).unitsChecked(batch, periodOf(first));
    auto readRead = workspace.accessLog().unitsRead(
        batch, monthStartUtc(first), monthStartUtc(first.addMonths(1)));
    return batch.derive<QList<Unit>>([=] {
        refuseUnlessManager(manager.get());
        const QSet<qint64> &checked = checkedRead.get();
        const QSet<qint64> &read = readRead.get();
        QList<Unit> overdue;
        for (const Unit &unit : units.get()) {
            if (checked.contains(unit.id))
                continue;
            if (read.contains(unit.id))
                overdue << unit;
            else if (nothingToCheck)
                *nothingToCheck << unit;
        }
        return overdue;
    });
}

// The rows of a check: no-care-relation reads, then the stickprov drawn by
// check->seed among the others, in id order so the draw repeats.
void drawRows(Workspace &workspace, LogCheck *check)
{
    QString error;
    const QDate first = logCheckMonth(check->period, &error);
    if (!first.isValid())
        refuse(error);
    if (!workspace.units().byId(check->unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(check->unitId));
    if (check->sampleSize < 0)
        refuse(QStringLiteral("Stickprovet kan inte vara negativt."));
    if (first > stockholmDate(QDateTime::currentDateTimeUtc()))
        refuse(QStringLiteral("Månaden %1 har inte börjat.").arg(check->period));

    AccessLogRepository &log = workspace.accessLog();
    AccessLogFilter filter;
    filter.unitId = check->unitId;
    filter.fromUtc = monthStartUtc(first);
    filter.toUtc = monthStartUtc(first.addMonths(1));
    filter.throughId = check->throughLogId;
    filter.limit = std::numeric_limits<int>::max();
    // One read of the month with each entry's care relation, split here: a
    // filter on the relation misleads PostgreSQL's planner into reading the
    // whole organisation's month by time rather than the unit's clients'.
    QList<AccessLogEntry> without;
    QList<AccessLogEntry> others;
    for (const AccessLogEntry &entry : log.find(filter))
        (entry.careRelation ? others : without) << entry;
    const auto byId = [](const AccessLogEntry &a, const AccessLogEntry &b) { return a.id < b.id; };
    std::sort(without.begin(), without.end(), byId);
    std::sort(others.begin(), others.end(), byId);

    check->rows.clear();
    for (const AccessLogEntry &entry : std::as_const(without))
        check->rows << LogCheckRow {entry, CheckReason::NoCareRelation, {}, {}};
    // A partial Fisher–Yates shuffle with a generator whose sequence the
    // C++ standard fixes, so a seed draws the same reads everywhere.
    std::mt19937_64 generator(check->seed);
    const qsizetype size = qMin<qsizetype>(check->sampleSize, others.size());
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype j = i + qsizetype(generator() % quint64(others.size() - i));
        others.swapItemsAt(i, j);
    }
    QList<AccessLogEntry> sample = others.mid(0, size);
    std::sort(sample.begin(), sample.end(), byId);
    for (const AccessLogEntry &entry : std::as_const(sample))
        check->rows << LogCheckRow {entry, CheckReason::Sample, {}, {}};
}
} // namespace

QDate logCheckMonth(const QString &period, QString *error)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QDate first = shape.match(period).hasMatch()
        ? QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate)
        : QDate();
    if (!first.isValid() && error)
        *error = QStringLiteral("Månaden \"%1\" ska skrivas ÅÅÅÅ-MM, t.ex. 2026-03.").arg(period);
    return first;
}

LogCheck prepareLogCheck(Workspace &workspace, qint64 unitId, const QString &period, int sampleSize,
    quint64 seed, qint64 throughLogId)
{
    requireManager(workspace);
    LogCheck check;
    check.unitId = unitId;
    check.period = period;
    check.sampleSize = sampleSize;
    check.seed = seed ? seed : QRandomGenerator::system()->generate64() | 1u;
    check.throughLogId = throughLogId ? throughLogId : workspace.accessLog().lastId();
    drawRows(workspace, &check);
    QList<qint64> clients;
    for (const LogCheckRow &row : std::as_const(check.rows))
        clients << row.entry.clientId;
    workspace.accessLogger().clientsRead(
        clients, AccessKind::AccessLog, AccessPurpose::Loggkontroll);
    return check;
}

qint64 saveLogCheck(Workspace &workspace, const LogCheck &judged)
{
    requireManager(workspace);
    if (!judged.seed || !judged.throughLogId)
        refuse(QStringLiteral("Kontrollen saknar sitt urval (seed och sista loggrad). Ta fram "
                              "kontrollen igen och bedöm den."));
    LogCheck check = judged;
    drawRows(workspace, &check);
    QHash<qint64, LogCheckRow> given;
    for (const LogCheckRow &row : judged.rows)
        given.insert(row.entry.id, row);
    int missing = 0;
    for (LogCheckRow &row : check.rows) {
        const auto at = given.constFind(row.entry.id);
        if (at == given.constEnd()) {
            ++missing;
            continue;
        }
        row.judgement = at->judgement;
        row.note = at->note.trimmed();
        if (row.judgement == CheckJudgement::Investigate && row.note.isEmpty())
            refuse(QStringLiteral("Läsning %1 ska utredas: skriv en anteckning om varför.")
                       .arg(row.entry.id));
        given.remove(row.entry.id);
    }
    if (missing)
        refuse(QStringLiteral("%1 av kontrollens %2 läsningar saknar bedömning. Bedöm alla "
                              "innan kontrollen sparas.")
                   .arg(missing)
                   .arg(check.rows.size()));
    if (!given.isEmpty())
        refuse(QStringLiteral("Läsning %1 hör inte till kontrollen av %2.")
                   .arg(given.constBegin().key())
                   .arg(check.period));
    return LogCheckRepository(workspace.database()).save(check, workspace.actorId());
}

std::optional<LogCheck> savedLogCheck(Workspace &workspace, qint64 unitId, const QString &period)
{
    requireManager(workspace);
    std::optional<LogCheck> newest;
    for (const LogCheck &check : LogCheckRepository(workspace.database()).checks(period)) {
        if (check.unitId == unitId && check.period == period)
            newest = check;
    }
    return newest;
}

QList<Unit> overdueLogChecks(Workspace &workspace, const QDate &today, QList<Unit> *nothingToCheck)
{
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return overdueAmong(batch, workspace, today, workspace.units().all(batch), nothingToCheck);
    });
}

Later<QList<Unit>> overdueLogChecksAmong(
    ReadBatch &batch, Workspace &workspace, const QDate &today, const QList<Unit> &units)
{
    auto given = batch.derive<QList<Unit>>([units] { return units; });
    return overdueAmong(batch, workspace, today, given, nullptr);
}

QList<LogCheck> savedLogChecks(Workspace &workspace, int year)
{
    requireManager(workspace);
    return LogCheckRepository(workspace.database()).checks(QString::number(year));
}

QList<LogCheckYear> logCheckYear(Workspace &workspace, int year)
{
    requireManager(workspace);
    // The newest check of each unit and month; checks come oldest first.
    std::map<std::pair<qint64, QString>, LogCheck> newest;
    for (const LogCheck &check : savedLogChecks(workspace, year))
        newest[{check.unitId, check.period}] = check;
    QList<LogCheckYear> summary;
    for (const Unit &unit : workspace.units().all()) {
        LogCheckYear line;
        line.unitId = unit.id;
        for (const auto &[key, check] : newest) {
            if (key.first != unit.id)
                continue;
            ++line.checks;
            line.rowsReviewed += int(check.rows.size());
            for (const LogCheckRow &row : check.rows)
                line.toInvestigate += row.judgement == CheckJudgement::Investigate ? 1 : 0;
        }
        summary << line;
    }
    return summary;
}

} // namespace tf
