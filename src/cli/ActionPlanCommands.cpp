#include "cli/ActionPlanCommands.h"

#include "cli/CliOptions.h"
#include "domain/ServiceType.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/quality/ActionPlans.h"
#include "services/quality/AptYearWheel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tf {

namespace {
const QString kUnit = QStringLiteral("unit");
const QString kStatus = QStringLiteral("status");
const QString kArea = QStringLiteral("area");
const QString kCurrentState = QStringLiteral("current-state");
const QString kGoal = QStringLiteral("goal");
const QString kForum = QStringLiteral("forum");
const QString kPlan = QStringLiteral("plan");
const QString kAction = QStringLiteral("action");
const QString kWhat = QStringLiteral("what");
const QString kWho = QStringLiteral("who");
const QString kPerson = QStringLiteral("person");
const QString kDue = QStringLiteral("due");
const QString kDate = QStringLiteral("date");
const QString kDays = QStringLiteral("days");
const QString kMonth = QStringLiteral("month");
const QString kTopic = QStringLiteral("topic");
const QString kReset = QStringLiteral("reset");

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject stepJson(const PlanStep &step)
{
    return {{QStringLiteral("id"), step.id}, {QStringLiteral("what"), step.what},
        {QStringLiteral("who"), step.who},
        {QStringLiteral("person"),
            step.responsibleId ? QJsonValue(step.responsibleId) : QJsonValue()},
        {QStringLiteral("due"), dateJson(step.dueOn)},
        {QStringLiteral("status"), stepStatusKey(step.status)}};
}

QJsonObject planJson(const ActionPlan &plan)
{
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepJson(step));
    return {{QStringLiteral("id"), plan.id}, {QStringLiteral("unit"), plan.unitId},
        {QStringLiteral("area"), plan.area}, {QStringLiteral("currentState"), plan.currentState},
        {QStringLiteral("goal"), plan.goal}, {QStringLiteral("forum"), plan.forum},
        {QStringLiteral("status"), planStatusKey(plan.status)},
        {QStringLiteral("open"), plan.isOpen()},
        {QStringLiteral("signedOffBy"),
            plan.signedOffById ? QJsonValue(plan.signedOffById) : QJsonValue()},
        {QStringLiteral("signedOffOn"), dateJson(plan.signedOffOn)},
        {QStringLiteral("actions"), steps}};
}

// An optional date option; true when absent (date left as it is).
bool optionalDate(CliContext &context, const QString &name, QDate *date)
{
    return !context.parser.isSet(name) || dateOf(context, name, date);
}

bool optionalId(CliContext &context, const QString &name, qint64 *id)
{
    return !context.parser.isSet(name) || idOf(context, name, id);
}

int list(CliContext &context)
{
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    const QString status = context.parser.value(kStatus);
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("all")) {
        context.err << QStringLiteral("--status ska vara open eller all.") << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    QJsonArray plans;
    for (const ActionPlan &plan :
        ActionPlans(*workspace).of(unitId, status == QLatin1String("open")))
        plans.append(planJson(plan));
    printJson(context.out, QJsonDocument(plans));
    return 0;
}

int add(CliContext &context)
{
    ActionPlan plan;
    if (!idOf(context, kUnit, &plan.unitId) || !required(context, kArea, &plan.area)
        || !required(context, kForum, &plan.forum))
        return 2;
    if (!isForumKey(plan.forum)) {
        context.err << QStringLiteral("Okänt forum \"%1\"; välj bland %2.")
                           .arg(plan.forum, forumKeys().join(QStringLiteral(", ")))
                    << Qt::endl;
        return 2;
    }
    if (context.parser.isSet(kStatus)
        && !planStatusFromText(context.parser.value(kStatus), &plan.status)) {
        context.err << QStringLiteral("--status ska vara planerad, pagar eller genomford.")
                    << Qt::endl;
        return 2;
    }
    plan.currentState = context.parser.value(kCurrentState);
    plan.goal = context.parser.value(kGoal);
    auto workspace = openWorkspace(context);
    ActionPlans plans(*workspace);
    const qint64 id = plans.add(plan);
    printJson(context.out, QJsonDocument(planJson(plans.plan(id))));
    return 0;
}

int action(CliContext &context)
{
    qint64 planId = 0;
    qint64 stepId = 0;
    qint64 personId = 0;
    QDate due;
    if (!idOf(context, kPlan, &planId) || !optionalId(context, kAction, &stepId)
        || !optionalId(context, kPerson, &personId) || !optionalDate(context, kDue, &due))
        return 2;
    StepStatus status = StepStatus::Planned;
    if (context.parser.isSet(kStatus)
        && !stepStatusFromText(context.parser.value(kStatus), &status)) {
        context.err << QStringLiteral("--status ska vara planerad, pagar eller klar.") << Qt::endl;
        return 2;
    }
    if (!stepId && !context.parser.isSet(kWhat)) {
        context.err << QStringLiteral("Ange --what, det som ska göras (eller --action för att "
                                      "ändra en åtgärd).")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    ActionPlans plans(*workspace);
    PlanStep step;
    if (stepId) {
        const ActionPlan plan = plans.plan(planId);
        const auto found = std::find_if(plan.steps.cbegin(), plan.steps.cend(),
            [&](const PlanStep &candidate) { return candidate.id == stepId; });
        if (found == plan.steps.cend()) {
            context.err << QStringLiteral("Handlingsplanen har ingen åtgärd med id %1.").arg(stepId)
                        << Qt::endl;
            return 1;
        }
        step = *found;
        if (step.responsibleId)
            step.who.clear(); // the person's name is not written as the words
    }
    step.planId = planId;
    if (context.parser.isSet(kWhat))
        step.what = context.parser.value(kWhat);
    if (context.parser.isSet(kWho)) {
        step.who = context.parser.value(kWho);
        step.responsibleId = personId;
    } else if (personId) {
        step.responsibleId = personId;
        step.who.clear();
    }
    if (context.parser.isSet(kDue))
        step.dueOn = due;
    if (context.parser.isSet(kStatus) || !stepId)
        step.status = status;
    if (stepId)
        plans.updateStep(step);
    else
        plans.addStep(step);
    printJson(context.out, QJsonDocument(planJson(plans.plan(planId))));
    return 0;
}

int signOff(CliContext &context)
{
    qint64 planId = 0;
    QDate on = stockholmDate(QDateTime::currentDateTimeUtc());
    if (!idOf(context, kPlan, &planId) || !optionalDate(context, kDate, &on))
        return 2;
    auto workspace = openWorkspace(context);
    ActionPlans plans(*workspace);
    plans.signOff(planId, on);
    printJson(context.out, QJsonDocument(planJson(plans.plan(planId))));
    return 0;
}

int due(CliContext &context)
{
    qint64 unitId = 0;
    qint64 personId = 0;
    QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    int days = 14;
    if (!optionalId(context, kUnit, &unitId) || !optionalId(context, kPerson, &personId)
        || !optionalDate(context, kDate, &today)
        || (context.parser.isSet(kDays) && !countOf(context, kDays, &days)))
        return 2;
    auto workspace = openWorkspace(context);
    if (unitId && !unitExists(context, *workspace, unitId))
        return 1;
    QJsonArray list;
    for (const auto &line : ActionPlans(*workspace).due(unitId, personId, today, days)) {
        QJsonObject item = stepJson(line.step);
        item.insert(QStringLiteral("plan"), line.plan.id);
        item.insert(QStringLiteral("unit"), line.plan.unitId);
        item.insert(QStringLiteral("area"), line.plan.area);
        item.insert(QStringLiteral("forum"), line.plan.forum);
        item.insert(QStringLiteral("daysLeft"), line.daysLeft);
        item.insert(QStringLiteral("overdue"), line.overdue());
        list.append(item);
    }
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("date"), today.toString(Qt::ISODate)},
            {QStringLiteral("days"), days}, {QStringLiteral("actions"), list}}));
    return 0;
}

// --month as 1–12 or a Swedish month's name.
bool monthOf(CliContext &context, int *month)
{
    const QString text = context.parser.value(kMonth).trimmed().toLower();
    bool ok = false;
    *month = text.toInt(&ok);
    if (!ok) {
        for (int m = 1; m <= 12 && !ok; ++m) {
            if (swedishMonthName(m) == text) {
                *month = m;
                ok = true;
            }
        }
    }
    if (!ok || *month < 1 || *month > 12) {
        context.err << QStringLiteral("--month ska vara en månad, 1–12 eller t.ex. \"mars\", inte "
                                      "\"%1\".")
                           .arg(context.parser.value(kMonth))
                    << Qt::endl;
        return false;
    }
    return true;
}

int showWheel(CliContext &context)
{
    QJsonArray months;
    if (!context.parser.isSet(kUnit)) {
        for (int m = 1; m <= 12; ++m) {
            QJsonArray topics;
            for (const YearWheelTopic &topic : AptYearWheel::organisation()) {
                if (topic.month == m)
                    topics.append(QJsonObject {{QStringLiteral("title"), topic.title},
                        {QStringLiteral("source"), topic.source}});
            }
            months.append(QJsonObject {{QStringLiteral("month"), m},
                {QStringLiteral("name"), swedishMonthName(m)}, {QStringLiteral("own"), false},
                {QStringLiteral("topics"), topics}});
        }
        printJson(context.out, QJsonDocument(QJsonObject {{QStringLiteral("months"), months}}));
        return 0;
    }
    qint64 unitId = 0;
    if (!idOf(context, kUnit, &unitId))
        return 2;
    auto workspace = openWorkspace(context);
    if (!unitExists(context, *workspace, unitId))
        return 1;
    for (const AptYearWheel::Month &month : AptYearWheel(*workspace).year(unitId)) {
        QJsonArray topics;
        for (const QString &title : month.topics)
            topics.append(QJsonObject {{QStringLiteral("title"), title}});
        months.append(QJsonObject {{QStringLiteral("month"), month.month},
            {QStringLiteral("name"), swedishMonthName(month.month)},
            {QStringLiteral("own"), month.own}, {QStringLiteral("topics"), topics}});
    }
    printJson(context.out,
        QJsonDocument(
            QJsonObject {{QStringLiteral("unit"), unitId}, {QStringLiteral("months"), months}}));
    return 0;
}

int setWheel(CliContext &context)
{
    qint64 unitId = 0;
    int month = 0;
    if (!idOf(context, kUnit, &unitId) || !monthOf(context, &month))
        return 2;
    const QStringList topics = context.parser.values(kTopic);
    const bool reset = context.parser.isSet(kReset);
    if (topics.isEmpty() == !reset) {
        context.err << QStringLiteral("Ange enhetens ämnen med --topic (en eller flera gånger), "
                                      "eller --reset för att åter följa organisationens årshjul.")
                    << Qt::endl;
        return 2;
    }
    auto workspace = openWorkspace(context);
    AptYearWheel wheel(*workspace);
    wheel.setUnitTopics(unitId, month, topics);
    const AptYearWheel::Month now = wheel.month(unitId, month);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitId},
            {QStringLiteral("month"), month}, {QStringLiteral("own"), now.own},
            {QStringLiteral("topics"), QJsonArray::fromStringList(now.topics)}}));
    return 0;
}
} // namespace

void addActionPlanOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kArea, QStringLiteral("handlingsplan add: förbättringsområdet."), QStringLiteral("TEXT")});
    parser.addOption(
        {kCurrentState, QStringLiteral("handlingsplan add: nuläget."), QStringLiteral("TEXT")});
    parser.addOption({kGoal, QStringLiteral("handlingsplan add: målet."), QStringLiteral("TEXT")});
    parser.addOption({kForum,
        QStringLiteral("handlingsplan add: forumet där planen följs upp (t.ex. kvalitetsmote, "
                       "apt)."),
        QStringLiteral("NYCKEL")});
    parser.addOption({kPlan, QStringLiteral("handlingsplan: planens id."), QStringLiteral("ID")});
    parser.addOption({kAction,
        QStringLiteral("åtgärdens id: handlingsplan action, den som ändras (utan: en ny "
                       "åtgärd); journal documented, den som dokumenterats."),
        QStringLiteral("ID")});
    parser.addOption({kWhat, QStringLiteral("handlingsplan action: vad som ska göras."),
        QStringLiteral("TEXT")});
    parser.addOption({kWho, QStringLiteral("handlingsplan action: vem som gör det, med ord."),
        QStringLiteral("TEXT")});
    parser.addOption({kDue, QStringLiteral("handlingsplan action: när det ska vara gjort."),
        QStringLiteral("DATUM")});
    parser.addOption(
        {kDays, QStringLiteral("handlingsplan due: hur många dagar framåt (14 om inget anges)."),
            QStringLiteral("N")});
    parser.addOption({kTopic,
        QStringLiteral("arshjul set: ett av enhetens ämnen för månaden (en eller flera gånger)."),
        QStringLiteral("TEXT")});
    parser.addOption(
        {kReset, QStringLiteral("arshjul set: månaden följer åter organisationens årshjul.")});
}

int runActionPlan(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(context);
    if (sub == QLatin1String("add"))
        return add(context);
    if (sub == QLatin1String("action"))
        return action(context);
    if (sub == QLatin1String("sign-off"))
        return signOff(context);
    if (sub == QLatin1String("due"))
        return due(context);
    return unknownSubcommand(context, QStringLiteral("handlingsplan"),
        QStringLiteral("list, add, action, sign-off eller due"));
}

int runYearWheel(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("show"))
        return showWheel(context);
    if (sub == QLatin1String("set"))
        return setWheel(context);
    return unknownSubcommand(context, QStringLiteral("arshjul"), QStringLiteral("show eller set"));
}

} // namespace tf
