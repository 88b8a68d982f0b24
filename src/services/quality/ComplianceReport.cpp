#include "services/quality/ComplianceReport.h"

#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "domain/care/RiskDue.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "services/care/RiskRoutine.h"
#include "storage/UnitRepository.h"
#include "storage/quality/ComplianceRepository.h"

#include <QHash>

#include <algorithm>

#include <map>

namespace tf {

namespace {
[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

QDate localDate(const QDateTime &utc)
{
    return utc.toTimeZone(SeriesPlanner::stockholm()).date();
}

QDateTime startUtc(const QDate &localDay)
{
    return localDay.startOfDay(SeriesPlanner::stockholm()).toUTC();
}

// Months of the year whose last day has passed by asOf: the loggkontroller
// that should have been saved.
int completeMonths(int year, const QDate &asOf)
{
    int months = 0;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(year, month, 1);
        if (first.addDays(first.daysInMonth() - 1) <= asOf)
            ++months;
    }
    return months;
}

using ForumKey = std::pair<qint64, qint64>; // unit, template

// One unit's forums: every template of its verksamhet, and any other the
// unit met in, in the directory's order.
void addForums(UnitCompliance &unit, const QList<ForumTemplate> &templates,
    const std::map<ForumKey, ComplianceRepository::Span> &spans)
{
    for (const ForumTemplate &forum : templates) {
        if (forum.serviceType != unit.serviceType && !spans.count({unit.unitId, forum.id}))
            continue;
        ForumCompliance line;
        line.templateId = forum.id;
        line.forum = forum.forum;
        line.name = forum.name;
        line.onDemand = forum.onDemand;
        unit.forums << line;
    }
}
// Per unit, the current clients and those without a current assessment with
// each instrument of their verksamhet on the day (domain/care/RiskDue).
void countMissingAssessments(Workspace &workspace, ComplianceRepository &counts, const QDate &day,
    const QHash<qint64, UnitCompliance *> &unitById)
{
    const auto clients = counts.clientsCurrentOn(day);
    if (clients.isEmpty())
        return;
    const auto last = counts.lastCompleteAssessments(startUtc(day.addDays(1)));
    const auto teamMonths = counts.teamIntervals();
    std::map<ServiceType, QList<InstrumentUse>> uses;
    RiskRoutine routine(workspace);
    for (const auto &client : clients) {
        UnitCompliance *unit = unitById.value(client.unitId);
        if (!unit)
            continue;
        if (!uses.count(unit->serviceType))
            uses[unit->serviceType] = routine.instrumentsFor(unit->serviceType);
        ++unit->clientsCurrent;
        for (const InstrumentUse &use : uses[unit->serviceType]) {
            const QPair<qint64, QString> key {client.clientId, use.instrument};
            const auto lastOn
                = last.contains(key) ? std::optional<QDate>(last.value(key)) : std::nullopt;
            const auto team = teamMonths.contains(key) ? std::optional<int>(teamMonths.value(key))
                                                       : std::nullopt;
            const RiskNeed need = riskNeed(use.instrument, client.movedIn, lastOn,
                routineIntervalMonths(use.intervalMonths, team), day);
            if (need.state != RiskDueState::Current) {
                ++unit->clientsAssessmentMissing;
                break;
            }
        }
    }
}
} // namespace

ComplianceReport complianceReport(Workspace &workspace, int year, qint64 unitId, const QDate &today)
{
    if (year < 2000 || year > 9999)
        refuse(QStringLiteral("Året ska vara ett årtal, t.ex. 2025."));
    if (!Identity(workspace).managesOrganisation())
        refuse(QStringLiteral("Uppföljningen av rutinen läses av enhetschefen eller den som "
                              "administrerar Teamforum."));
    QList<Unit> units;
    if (unitId) {
        const auto unit = workspace.units().byId(unitId);
        if (!unit)
            refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId));
        units << *unit;
    } else {
        units = workspace.units().all();
    }

    ComplianceReport report;
    report.year = year;
    report.asOf = reportDay(year, today);
    ComplianceRepository counts(
        workspace.database(), startUtc(QDate(year, 1, 1)), startUtc(QDate(year + 1, 1, 1)), unitId);

    std::map<ForumKey, ComplianceRepository::Span> spans;
    for (const auto &span : counts.spans())
        spans.emplace(ForumKey {span.unitId, span.templateId}, span);
    const QList<ForumTemplate> templates = workspace.directory().templates();
    QHash<qint64, const ForumTemplate *> templateById;
    for (const ForumTemplate &forum : templates)
        templateById.insert(forum.id, &forum);

    report.units.reserve(units.size());
    for (const Unit &unit : units) {
        UnitCompliance line;
        line.unitId = unit.id;
        line.name = unit.name;
        line.serviceType = unit.serviceType;
        report.units << line;
    }
    std::map<ForumKey, ForumCompliance *> forums;
    QHash<qint64, UnitCompliance *> unitById;
    for (UnitCompliance &unit : report.units) {
        unitById.insert(unit.unitId, &unit);
        addForums(unit, templates, spans);
        for (ForumCompliance &forum : unit.forums)
            forums.emplace(ForumKey {unit.unitId, forum.templateId}, &forum);
    }

    for (const auto &[key, forum] : forums) {
        const auto span = spans.find(key);
        const ForumTemplate *forumTemplate = templateById.value(key.second);
        if (span == spans.end() || !forumTemplate)
            continue;
        const QDate first = localDate(span->second.firstUtc);
        const auto ran = forumRan(year, report.asOf, first, localDate(span->second.lastUtc));
        if (!ran)
            continue;
        forum->ranFrom = ran->first;
        forum->ranTo = ran->second;
        forum->expected = expectedMeetings(*forumTemplate, first, ran->first, ran->second);
    }

    for (const auto &count : counts.meetings(QDateTime::currentDateTimeUtc())) {
        const auto found = forums.find({count.unitId, count.templateId});
        if (found == forums.end())
            continue;
        ForumCompliance *forum = found->second;
        const MeetingStatus status = meetingStatusFromKey(count.status);
        if (status == MeetingStatus::Cancelled)
            forum->cancelled += count.meetings;
        else if (status == MeetingStatus::Planned)
            forum->notHeld += count.past;
        else
            forum->held += count.meetings;
        forum->approved += count.approved;
        forum->approvedWithinWeek += count.withinWeek;
    }

    for (const auto &count : counts.attendance()) {
        const auto found = forums.find({count.unitId, count.templateId});
        if (found == forums.end())
            continue;
        QList<RoleAttendance> &roles = found->second->attendance;
        auto role = std::find_if(roles.begin(), roles.end(),
            [&](const RoleAttendance &line) { return line.role == count.role; });
        if (role == roles.end()) {
            roles << RoleAttendance {count.role};
            role = roles.end() - 1;
        }
        switch (attendanceFromKey(count.attendance)) {
        case Attendance::Present:
        case Attendance::SubstitutePresent:
            role->present += count.people;
            break;
        case Attendance::Absent:
            role->absent += count.people;
            break;
        case Attendance::Expected:
            role->notMarked += count.people;
            break;
        }
    }

    for (const auto &count : counts.actions(report.asOf)) {
        UnitCompliance *unit = unitById.value(count.unitId);
        if (!unit)
            continue;
        ActionCompliance &actions = unit->actions;
        actions.decided += count.actions;
        if (count.outcome == QLatin1String("on_time"))
            actions.doneOnTime += count.actions;
        else if (count.outcome == QLatin1String("late"))
            actions.doneLate += count.actions;
        else if (count.outcome == QLatin1String("cancelled"))
            actions.cancelled += count.actions;
        else if (count.outcome == QLatin1String("overdue"))
            actions.overdue += count.actions;
        else
            actions.open += count.actions;
    }

    countMissingAssessments(workspace, counts, report.asOf, unitById);

    const int months = completeMonths(year, report.asOf);
    for (const LogCheckYear &checks : logCheckYear(workspace, year)) {
        if (UnitCompliance *unit = unitById.value(checks.unitId)) {
            unit->logChecksDone = checks.checks;
            unit->logChecksExpected = months;
        }
    }
    return report;
}

} // namespace tf
