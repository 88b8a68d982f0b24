#include "cli/SelfInspectionCommands.h"

#include "cli/CliOptions.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/quality/SelfInspections.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
const QString kUnit = QStringLiteral("unit");
const QString kCheck = QStringLiteral("check");
const QString kFinding = QStringLiteral("finding");
const QString kMeasures = QStringLiteral("measures");
const QString kHalf = QStringLiteral("half");
const QString kDate = QStringLiteral("date");

QJsonObject inspectionJson(const SelfInspection &inspection)
{
    QJsonArray scope;
    for (ServiceType type : inspection.scope)
        scope.append(serviceTypeKey(type));
    return {{QStringLiteral("key"), inspection.key}, {QStringLiteral("name"), inspection.name},
        {QStringLiteral("scope"), scope}, {QStringLiteral("timesPerYear"), inspection.timesPerYear},
        {QStringLiteral("source"), inspection.source}, {QStringLiteral("who"), inspection.who}};
}

QJsonObject resultJson(const InspectionResult &result)
{
    return {{QStringLiteral("id"), result.id}, {QStringLiteral("unit"), result.unitId},
        {QStringLiteral("check"), result.key},
        {QStringLiteral("periodStart"), result.periodStart.toString(Qt::ISODate)},
        {QStringLiteral("performedOn"), result.performedOn.toString(Qt::ISODate)},
        {QStringLiteral("finding"), result.finding}, {QStringLiteral("measures"), result.actions},
        {QStringLiteral("recordedBy"), result.recordedById}};
}

QString periodText(const InspectionPeriod &period)
{
    return period.first.toString(Qt::ISODate) + QLatin1Char('/')
        + period.last.toString(Qt::ISODate);
}

int plan(CliContext &context)
{
    QList<SelfInspection> inspections = SelfInspections::plan();
    if (context.parser.isSet(kUnit)) {
        qint64 unitId = 0;
        if (!idOf(context, kUnit, &unitId))
            return 2;
        auto workspace = openWorkspace(context);
        inspections = SelfInspections(*workspace).planFor(unitId);
    }
    QJsonArray list;
    for (const SelfInspection &inspection : inspections)
        list.append(inspectionJson(inspection));
    printJson(context.out, QJsonDocument(list));
    return 0;
}

int status(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
    if (context.parser.isSet(kDate) && !dateOf(context, kDate, &day))
        return 2;
    auto workspace = openWorkspace(context);
    QJsonArray list;
    for (const auto &line : SelfInspections(*workspace).status(unitId, day)) {
        QJsonObject item {{QStringLiteral("check"), line.inspection.key},
            {QStringLiteral("name"), line.inspection.name},
            {QStringLiteral("state"),
                line.status.state == InspectionState::Done      ? QStringLiteral("done")
                    : line.status.state == InspectionState::Due ? QStringLiteral("due")
                                                                : QStringLiteral("overdue")},
            {QStringLiteral("stateLabel"), inspectionStateLabel(line.status.state)},
            {QStringLiteral("period"), periodText(line.status.current)},
            {QStringLiteral("periodName"),
                inspectionPeriodName(line.inspection.timesPerYear, line.status.current)},
            {QStringLiteral("lastDone"),
                line.status.lastDone.isValid()
                    ? QJsonValue(line.status.lastDone.toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null)}};
        if (line.status.missed)
            item.insert(QStringLiteral("missed"), periodText(*line.status.missed));
        list.append(item);
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitId},
            {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("checks"), list}}));
    return 0;
}

int record(CliContext &context)
{
    qint64 unitId = 0;
    QString key;
    QDate day;
    QString finding;
    if (!idOf(context, kUnit, &unitId) || !required(context, kCheck, &key)
        || !dateOf(context, kDate, &day) || !required(context, kFinding, &finding))
        return 2;
    auto workspace = openWorkspace(context);
    SelfInspections inspections(*workspace);
    const qint64 id
        = inspections.record(unitId, key, day, finding, context.parser.value(kMeasures));
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("unit"), unitId},
            {QStringLiteral("check"), key},
            {QStringLiteral("performedOn"), day.toString(Qt::ISODate)}}));
    return 0;
}

int summary(CliContext &context)
{
    int year = 0;
    if (!yearOf(context, QStringLiteral("year"), &year))
        return 2;
    const QString half = context.parser.value(kHalf);
    if (half != QLatin1String("1") && half != QLatin1String("2")) {
        context.err << QStringLiteral("--half ska vara 1 (januari–juni) eller 2 (juli–december).")
                    << Qt::endl;
        return 2;
    }
    qint64 unitId = 0;
    if (context.parser.isSet(kUnit) && !idOf(context, kUnit, &unitId))
        return 2;
    auto workspace = openWorkspace(context);
    QJsonArray lines;
    for (const auto &line : SelfInspections(*workspace).halfYear(year, half.toInt(), unitId)) {
        QJsonArray results;
        for (const InspectionResult &result : line.results)
            results.append(resultJson(result));
        lines.append(QJsonObject {{QStringLiteral("unit"), line.unitId},
            {QStringLiteral("check"), line.inspection.key},
            {QStringLiteral("name"), line.inspection.name},
            {QStringLiteral("periods"), line.periods}, {QStringLiteral("done"), line.done},
            {QStringLiteral("results"), results}});
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("year"), year},
            {QStringLiteral("half"), half.toInt()}, {QStringLiteral("checks"), lines}}));
    return 0;
}
} // namespace

void addSelfInspectionOptions(QCommandLineParser &parser)
{
    parser.addOption({kCheck, QStringLiteral("egenkontroll record: kontrollens nyckel (se plan)."),
        QStringLiteral("NYCKEL")});
    parser.addOption({kFinding, QStringLiteral("egenkontroll record: vad egenkontrollen visade."),
        QStringLiteral("TEXT")});
    parser.addOption({kMeasures, QStringLiteral("egenkontroll record: vad som görs åt det."),
        QStringLiteral("TEXT")});
    parser.addOption({kHalf, QStringLiteral("egenkontroll summary: halvåret, 1 eller 2."),
        QStringLiteral("1|2")});
}

int runSelfInspection(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("plan"))
        return plan(context);
    if (sub == QLatin1String("status"))
        return status(context);
    if (sub == QLatin1String("record"))
        return record(context);
    if (sub == QLatin1String("summary"))
        return summary(context);
    return unknownSubcommand(context, QStringLiteral("egenkontroll"),
        QStringLiteral("plan, status, record eller summary"));
}

} // namespace tf
