#include "cli/RiskPlanCommands.h"

#include "cli/CliOptions.h"
#include "services/Workspace.h"
#include "services/care/RiskCarePlans.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: assessment, what, person, client, date, text.
const QString kAssessment = QStringLiteral("assessment");
const QString kWhat = QStringLiteral("what");
const QString kPerson = QStringLiteral("person");
const QString kClient = QStringLiteral("client");
const QString kDate = QStringLiteral("date");
const QString kText = QStringLiteral("text");
const QString kFollowUp = QStringLiteral("follow-up");
const QString kMeasure = QStringLiteral("measure");

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject measureJson(const CareMeasure &measure)
{
    return {{QStringLiteral("id"), measure.id},
        {QStringLiteral("assessment"), measure.assessmentId},
        {QStringLiteral("client"), measure.clientId}, {QStringLiteral("what"), measure.what},
        {QStringLiteral("responsible"), measure.responsibleId},
        {QStringLiteral("followUpOn"), dateOrNull(measure.followUpOn)},
        {QStringLiteral("createdOn"), dateOrNull(measure.createdOn)},
        {QStringLiteral("followedUpOn"), dateOrNull(measure.followedUpOn)},
        {QStringLiteral("outcome"), measure.outcome}};
}

int planAdd(CliContext &context)
{
    qint64 assessmentId = 0, personId = 0;
    QString what;
    QDate followUp;
    if (!idOf(context, kAssessment, &assessmentId) || !required(context, kWhat, &what)
        || !idOf(context, kPerson, &personId) || !dateOf(context, kFollowUp, &followUp))
        return 2;
    auto workspace = openWorkspace(context);
    CareMeasure measure;
    measure.what = what;
    measure.responsibleId = personId;
    measure.followUpOn = followUp;
    const QList<CareMeasure> added = RiskCarePlans(*workspace).addMeasures(assessmentId, {measure});
    printJson(context.out, QJsonDocument(measureJson(added.first())));
    return 0;
}

int planList(CliContext &context)
{
    qint64 clientId = 0;
    if (!idOf(context, kClient, &clientId))
        return 2;
    auto workspace = openWorkspace(context);
    QJsonArray rows;
    for (const AssessmentCarePlan &plan :
        RiskCarePlans(*workspace).readPlans(clientId, AccessPurpose::CommandLine)) {
        const RiskAssessment &a = plan.assessment;
        QJsonArray measures;
        for (const CareMeasure &measure : plan.measures)
            measures.append(measureJson(measure));
        QJsonObject row {{QStringLiteral("assessment"), a.id},
            {QStringLiteral("instrument"), a.instrument},
            {QStringLiteral("assessedAt"), utcIso(a.assessedUtc)},
            {QStringLiteral("complete"), a.complete}, {QStringLiteral("risk"), a.result.risk},
            {QStringLiteral("level"), a.result.level},
            {QStringLiteral("plan"), riskPlanStateKey(plan.state)},
            {QStringLiteral("planLabel"), riskPlanStateLabel(plan.state)},
            {QStringLiteral("measures"), measures}};
        if (a.result.referral)
            row.insert(QStringLiteral("referral"), *a.result.referral);
        rows.append(row);
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {
            {QStringLiteral("client"), clientId}, {QStringLiteral("assessments"), rows}}));
    return 0;
}

int planFollowUp(CliContext &context)
{
    qint64 measureId = 0;
    QDate day;
    QString text;
    if (!idOf(context, kMeasure, &measureId) || !dateOf(context, kDate, &day)
        || !required(context, kText, &text))
        return 2;
    auto workspace = openWorkspace(context);
    const CareMeasure measure = RiskCarePlans(*workspace).followUp(measureId, day, text);
    printJson(context.out, QJsonDocument(measureJson(measure)));
    return 0;
}
} // namespace

void addRiskPlanOptions(QCommandLineParser &parser)
{
    parser.addOption({kFollowUp, QStringLiteral("risk plan add: när åtgärden ska följas upp."),
        QStringLiteral("DATUM")});
    parser.addOption({kMeasure, QStringLiteral("risk plan follow-up: vårdplanens åtgärd (id)."),
        QStringLiteral("ID")});
}

int runRiskPlan(CliContext &context)
{
    const QString sub = context.arguments.value(1);
    if (sub == QLatin1String("add"))
        return planAdd(context);
    if (sub == QLatin1String("list"))
        return planList(context);
    if (sub == QLatin1String("follow-up"))
        return planFollowUp(context);
    return unknownSubcommand(
        context, QStringLiteral("risk plan"), QStringLiteral("add, list eller follow-up"));
}

} // namespace tf
