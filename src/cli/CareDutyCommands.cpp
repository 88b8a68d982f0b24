#include "cli/CareDutyCommands.h"

#include "cli/CliOptions.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/CarePlans.h"
#include "services/care/JournalDuties.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
// Registered by other commands: unit, person, client, kind, date.
const QString kUnit = QStringLiteral("unit");
const QString kPerson = QStringLiteral("person");
const QString kClient = QStringLiteral("client");
const QString kKind = QStringLiteral("kind");
const QString kDate = QStringLiteral("date");
const QString kMonths = QStringLiteral("months");
const QString kNotDone = QStringLiteral("not-done");
const QString kAction = QStringLiteral("action");
const QString kRecord = QStringLiteral("record");

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date && date->isValid() ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject planJson(const ClientCarePlan &plan)
{
    const CarePlanStatus &status = plan.status;
    const bool started = status.state != CarePlanState::NoStart;
    return {{QStringLiteral("client"), plan.client.id},
        {QStringLiteral("clientName"), plan.client.name},
        {QStringLiteral("insatsStart"), dateOrNull(plan.facts.insatsStart)},
        {QStringLiteral("state"), carePlanStateKey(status.state)},
        {QStringLiteral("stateLabel"), carePlanStateLabel(status.state)},
        {QStringLiteral("next"),
            started ? QJsonValue(carePlanEventKey(status.next)) : QJsonValue()},
        {QStringLiteral("nextDueOn"), started ? dateOrNull(status.nextDueOn) : QJsonValue()},
        {QStringLiteral("planningTalkOn"), dateOrNull(plan.facts.planningTalkOn)},
        {QStringLiteral("planningTalkDueOn"), dateOrNull(status.planningTalkDueOn)},
        {QStringLiteral("planWrittenOn"), dateOrNull(plan.facts.planWrittenOn)},
        {QStringLiteral("planDueOn"), dateOrNull(status.planDueOn)},
        {QStringLiteral("lastFollowUpOn"), dateOrNull(plan.facts.lastFollowUpOn)},
        {QStringLiteral("followUpMonths"), plan.facts.followUpMonths},
        {QStringLiteral("lifeStoryDone"), plan.facts.lifeStoryDone}};
}

int planStatus(CliContext &context)
{
    const bool byUnit = context.parser.isSet(kUnit);
    if (byUnit == context.parser.isSet(kPerson)) {
        context.err << QStringLiteral("Ange antingen --unit ID eller --person ID.") << Qt::endl;
        return 2;
    }
    qint64 id = 0;
    if (!idOf(context, byUnit ? kUnit : kPerson, &id))
        return 2;
    QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
    if (context.parser.isSet(kDate) && !dateOf(context, kDate, &day))
        return 2;
    auto workspace = openWorkspace(context);
    if (byUnit && !unitExists(context, *workspace, id))
        return 1;
    CarePlans plans(*workspace);
    const QList<ClientCarePlan> list = byUnit
        ? plans.ofUnit(id, day, AccessPurpose::CommandLine)
        : plans.ofContactPerson(id, day, AccessPurpose::CommandLine);
    QJsonArray rows;
    for (const ClientCarePlan &plan : list)
        rows.append(planJson(plan));
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("clients"), rows}}));
    return 0;
}

int planRecord(CliContext &context)
{
    qint64 clientId = 0;
    QString kindKey;
    QDate day;
    if (!idOf(context, kClient, &clientId) || !required(context, kKind, &kindKey)
        || !dateOf(context, kDate, &day))
        return 2;
    const auto kind = carePlanEventFromKey(kindKey);
    if (!kind) {
        context.err << QStringLiteral("--kind är %1, inte \"%2\".")
                           .arg(carePlanEventKeys().join(QStringLiteral(", ")), kindKey)
                    << Qt::endl;
        return 2;
    }
    const bool notDone = context.parser.isSet(kNotDone);
    if (notDone && *kind != CarePlanEventKind::LifeStory) {
        context.err << QStringLiteral("--not-done gäller bara levnadsberattelse.") << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    const CarePlanEvent event = CarePlans(*workspace).record(clientId, *kind, day, !notDone);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("id"), event.id},
            {QStringLiteral("client"), event.clientId},
            {QStringLiteral("kind"), carePlanEventKey(event.kind)},
            {QStringLiteral("date"), event.occurredOn.toString(Qt::ISODate)},
            {QStringLiteral("done"), event.done},
            {QStringLiteral("recordedBy"),
                event.recordedById ? QJsonValue(event.recordedById) : QJsonValue()}}));
    return 0;
}

int planSetting(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    int months = 0;
    if (context.parser.isSet(kMonths) && !countOf(context, kMonths, &months))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    CarePlans plans(*workspace);
    if (months)
        plans.setFollowUpMonths(unitId, months);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitId},
            {QStringLiteral("followUpMonths"), plans.followUpMonths(unitId)}}));
    return 0;
}

QJsonObject markJson(const JournalMark &mark)
{
    return {{QStringLiteral("action"), mark.actionId}, {QStringLiteral("record"), mark.record},
        {QStringLiteral("recordLabel"), journalRecordLabel(mark.record)},
        {QStringLiteral("documentedBy"), mark.documentedById},
        {QStringLiteral("documentedAt"), utcIso(mark.documentedUtc)}};
}

int journalList(CliContext &context)
{
    qint64 personId = 0;
    if (context.parser.isSet(kPerson) && !idOf(context, kPerson, &personId))
        return 2;
    auto workspace = openWorkspace(context);
    if (!personId)
        personId = workspace->actorId();
    if (!personId) {
        context.err << QStringLiteral("Ange vems lista med --person ID (eller --as ID).")
                    << Qt::endl;
        return 2;
    }
    QJsonArray rows;
    for (const JournalDue &due : JournalDuties(*workspace).dueFor(personId)) {
        rows.append(QJsonObject {{QStringLiteral("action"), due.action.id},
            {QStringLiteral("meeting"), due.action.meetingId},
            {QStringLiteral("what"), due.action.what},
            {QStringLiteral("client"),
                due.action.clientId ? QJsonValue(due.action.clientId) : QJsonValue()},
            {QStringLiteral("clientName"), due.clientName},
            {QStringLiteral("status"), actionStatusKey(due.action.status)}});
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {
            {QStringLiteral("person"), personId}, {QStringLiteral("toDocument"), rows}}));
    return 0;
}

int journalDocumented(CliContext &context)
{
    qint64 actionId = 0;
    QString record;
    if (!idOf(context, kAction, &actionId) || !required(context, kRecord, &record))
        return 2;
    auto workspace = openWorkspace(context);
    printJson(context.out,
        QJsonDocument(markJson(JournalDuties(*workspace).markDocumented(actionId, record))));
    return 0;
}
} // namespace

void addCareDutyOptions(QCommandLineParser &parser)
{
    parser.addOption({kMonths,
        QStringLiteral("care-plan setting: uppföljning av genomförandeplanen var 3:e eller 6:e "
                       "månad."),
        QStringLiteral("3|6")});
    parser.addOption({kNotDone,
        QStringLiteral("care-plan record --kind levnadsberattelse: noteras som ej gjord.")});
    // --action is added once, with handlingsplan's options.
    parser.addOption({kRecord,
        QStringLiteral("journal documented: journalen där åtgärden dokumenterats (sol, hsl, lss)."),
        QStringLiteral("sol|hsl|lss")});
}

int runCarePlan(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("status"))
        return planStatus(context);
    if (sub == QLatin1String("record"))
        return planRecord(context);
    if (sub == QLatin1String("setting"))
        return planSetting(context);
    return unknownSubcommand(
        context, QStringLiteral("care-plan"), QStringLiteral("status, record eller setting"));
}

int runJournal(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("list"))
        return journalList(context);
    if (sub == QLatin1String("documented"))
        return journalDocumented(context);
    return unknownSubcommand(
        context, QStringLiteral("journal"), QStringLiteral("list eller documented"));
}

} // namespace tf
