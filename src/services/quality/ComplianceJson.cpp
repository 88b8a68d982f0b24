#include "services/quality/ComplianceJson.h"

#include <QJsonArray>

namespace tf {

namespace {
QJsonValue rateJson(const std::optional<double> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject forumJson(const ForumCompliance &forum)
{
    QJsonArray roles;
    for (const RoleAttendance &role : forum.attendance)
        roles.append(QJsonObject {{QStringLiteral("role"), role.role},
            {QStringLiteral("present"), role.present}, {QStringLiteral("absent"), role.absent},
            {QStringLiteral("notMarked"), role.notMarked},
            {QStringLiteral("rate"), rateJson(role.rate())}});
    return {{QStringLiteral("forum"), forum.forum}, {QStringLiteral("name"), forum.name},
        {QStringLiteral("onDemand"), forum.onDemand},
        {QStringLiteral("ranFrom"), dateJson(forum.ranFrom)},
        {QStringLiteral("ranTo"), dateJson(forum.ranTo)}, {QStringLiteral("held"), forum.held},
        {QStringLiteral("expected"), forum.expected},
        {QStringLiteral("cancelled"), forum.cancelled}, {QStringLiteral("notHeld"), forum.notHeld},
        {QStringLiteral("approved"), forum.approved},
        {QStringLiteral("approvedWithinWeek"), forum.approvedWithinWeek},
        {QStringLiteral("attendanceRate"), rateJson(forum.attendanceRate())},
        {QStringLiteral("attendanceByRole"), roles}};
}

QJsonObject actionsJson(const ActionCompliance &actions)
{
    return {{QStringLiteral("decided"), actions.decided},
        {QStringLiteral("doneOnTime"), actions.doneOnTime},
        {QStringLiteral("doneLate"), actions.doneLate},
        {QStringLiteral("overdue"), actions.overdue}, {QStringLiteral("open"), actions.open},
        {QStringLiteral("cancelled"), actions.cancelled}};
}
} // namespace

QJsonObject complianceJson(const ComplianceReport &report)
{
    QJsonArray units;
    for (const UnitCompliance &unit : report.units) {
        QJsonArray forums;
        for (const ForumCompliance &forum : unit.forums)
            forums.append(forumJson(forum));
        units.append(QJsonObject {{QStringLiteral("unitId"), unit.unitId},
            {QStringLiteral("name"), unit.name},
            {QStringLiteral("serviceType"), serviceTypeKey(unit.serviceType)},
            {QStringLiteral("forums"), forums},
            {QStringLiteral("actions"), actionsJson(unit.actions)},
            {QStringLiteral("assessments"),
                QJsonObject {{QStringLiteral("clientsCurrent"), unit.clientsCurrent},
                    {QStringLiteral("withoutCurrentAssessment"), unit.clientsAssessmentMissing}}},
            {QStringLiteral("logChecks"),
                QJsonObject {{QStringLiteral("done"), unit.logChecksDone},
                    {QStringLiteral("expected"), unit.logChecksExpected}}}});
    }
    return {{QStringLiteral("year"), report.year},
        {QStringLiteral("asOf"), report.asOf.toString(Qt::ISODate)},
        {QStringLiteral("units"), units}};
}

} // namespace tf
