#include "services/quality/ActionPlans.h"

#include "domain/ServiceType.h"
#include "domain/StorageError.h"
#include "domain/quality/ClientMention.h"
#include "services/ActionList.h"
#include "services/Identity.h"
#include "services/Workspace.h"
#include "services/quality/Deviations.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/quality/ActionPlanRepository.h"

#include <algorithm>

namespace tf {

namespace {
constexpr int kShortMax = 200;
constexpr int kLongMax = 2000;

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

// Refuses a text that is too long or names a client; what is e.g. "Målet".
void checkText(Workspace &workspace, const QString &text, const QString &what, int max)
{
    if (text.size() > max)
        refuse(QStringLiteral("%1 får vara högst %2 tecken; det är %3.")
                   .arg(what)
                   .arg(max)
                   .arg(text.size()));
    const QString mention = clientMentionIn(text, knownClientNames(workspace));
    if (!mention.isEmpty())
        refuse(mention);
}
} // namespace

ActionPlans::ActionPlans(Workspace &workspace)
    : m_workspace(workspace)
{ }

void ActionPlans::checkPlan(const ActionPlan &plan)
{
    if (!m_workspace.units().byId(plan.unitId))
        refuse(QStringLiteral("Det finns ingen enhet med id %1.").arg(plan.unitId));
    if (plan.area.trimmed().isEmpty())
        refuse(QStringLiteral("Skriv förbättringsområdet."));
    if (!isForumKey(plan.forum))
        refuse(QStringLiteral("Välj forumet där planen följs upp (%1).")
                   .arg(forumKeys().join(QStringLiteral(", "))));
    checkText(m_workspace, plan.area.trimmed(), QStringLiteral("Förbättringsområdet"), kShortMax);
    checkText(m_workspace, plan.currentState.trimmed(), QStringLiteral("Nuläget"), kLongMax);
    checkText(m_workspace, plan.goal.trimmed(), QStringLiteral("Målet"), kLongMax);
}

void ActionPlans::checkStep(const PlanStep &step)
{
    if (step.what.trimmed().isEmpty())
        refuse(QStringLiteral("Skriv vad som ska göras."));
    checkText(m_workspace, step.what.trimmed(), QStringLiteral("Åtgärden"), kShortMax);
    checkText(m_workspace, step.who.trimmed(), QStringLiteral("Vem"), kShortMax);
    if (step.responsibleId && !m_workspace.people().byId(step.responsibleId))
        refuse(QStringLiteral("Det finns ingen person med id %1.").arg(step.responsibleId));
    if (!step.responsibleId && step.who.trimmed().isEmpty())
        refuse(QStringLiteral("Ange vem som gör åtgärden."));
}

ActionPlan ActionPlans::openPlanOrRefuse(qint64 planId)
{
    const ActionPlan found = plan(planId);
    if (!found.isOpen())
        refuse(QStringLiteral("Handlingsplanen \"%1\" är avslutad och signerad %2; den kan inte "
                              "ändras.")
                   .arg(found.area, found.signedOffOn.toString(Qt::ISODate)));
    return found;
}

qint64 ActionPlans::add(const ActionPlan &plan)
{
    checkPlan(plan);
    ActionPlan clean = plan;
    clean.area = plan.area.trimmed();
    clean.currentState = plan.currentState.trimmed();
    clean.goal = plan.goal.trimmed();
    Transaction transaction(m_workspace.database());
    ActionPlanRepository repository(m_workspace.database());
    const qint64 id = repository.add(clean, m_workspace.actorId());
    for (PlanStep step : plan.steps) {
        checkStep(step);
        step.planId = id;
        step.what = step.what.trimmed();
        step.who = step.who.trimmed();
        repository.addStep(step, m_workspace.actorId());
    }
    transaction.commit();
    return id;
}

void ActionPlans::update(const ActionPlan &plan)
{
    openPlanOrRefuse(plan.id);
    checkPlan(plan);
    ActionPlan clean = plan;
    clean.area = plan.area.trimmed();
    clean.currentState = plan.currentState.trimmed();
    clean.goal = plan.goal.trimmed();
    Transaction transaction(m_workspace.database());
    if (!ActionPlanRepository(m_workspace.database()).update(clean, m_workspace.actorId()))
        refuse(QStringLiteral("Handlingsplanen har just signerats; den kan inte ändras."));
    transaction.commit();
}

qint64 ActionPlans::addStep(const PlanStep &step)
{
    openPlanOrRefuse(step.planId);
    checkStep(step);
    PlanStep clean = step;
    clean.what = step.what.trimmed();
    clean.who = step.who.trimmed();
    Transaction transaction(m_workspace.database());
    const qint64 id
        = ActionPlanRepository(m_workspace.database()).addStep(clean, m_workspace.actorId());
    transaction.commit();
    return id;
}

void ActionPlans::updateStep(const PlanStep &step)
{
    const ActionPlan open = openPlanOrRefuse(step.planId);
    const bool belongs = std::any_of(open.steps.cbegin(), open.steps.cend(),
        [&](const PlanStep &candidate) { return candidate.id == step.id; });
    if (!belongs)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Handlingsplanen har ingen åtgärd med id %1.").arg(step.id));
    checkStep(step);
    PlanStep clean = step;
    clean.what = step.what.trimmed();
    clean.who = step.who.trimmed();
    Transaction transaction(m_workspace.database());
    ActionPlanRepository(m_workspace.database()).updateStep(clean, m_workspace.actorId());
    transaction.commit();
}

void ActionPlans::signOff(qint64 planId, const QDate &on)
{
    const ActionPlan open = openPlanOrRefuse(planId);
    if (!Identity(m_workspace).managesOrganisation())
        refuse(QStringLiteral("Bara en enhetschef eller den som leder verksamheten kan signera att "
                              "en handlingsplan är avslutad."));
    if (!on.isValid() || on > stockholmDate(QDateTime::currentDateTimeUtc()))
        refuse(QStringLiteral("Ange dagen planen avslutas, i dag eller tidigare."));
    Transaction transaction(m_workspace.database());
    if (!ActionPlanRepository(m_workspace.database())
             .signOff(planId, m_workspace.actorId(), on, m_workspace.actorId()))
        refuse(QStringLiteral("Handlingsplanen \"%1\" är redan signerad.").arg(open.area));
    transaction.commit();
}

ActionPlan ActionPlans::plan(qint64 planId)
{
    const auto found = ActionPlanRepository(m_workspace.database()).byId(planId);
    if (!found)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen handlingsplan med id %1.").arg(planId));
    return *found;
}

QList<ActionPlan> ActionPlans::of(qint64 unitId, bool openOnly)
{
    return ActionPlanRepository(m_workspace.database()).list(unitId, openOnly);
}

QList<ActionPlan> ActionPlans::openAt(qint64 unitId, const QString &forum)
{
    return ActionPlanRepository(m_workspace.database()).list(unitId, true, forum);
}

QList<ActionPlans::DueStep> ActionPlans::due(
    qint64 unitId, qint64 personId, const QDate &today, int days)
{
    return readAlone(m_workspace.database(),
        [&](ReadBatch &batch) { return due(batch, unitId, personId, today, days); });
}

Later<QList<ActionPlans::DueStep>> ActionPlans::due(
    ReadBatch &batch, qint64 unitId, qint64 personId, const QDate &today, int days)
{
    if (days < 0)
        refuse(QStringLiteral("Antalet dagar kan inte vara negativt."));
    auto plans = ActionPlanRepository(m_workspace.database()).list(batch, unitId, true);
    return batch.derive<QList<DueStep>>([plans, personId, today, days] {
        const QDate last = today.addDays(days);
        QList<DueStep> list;
        for (const ActionPlan &plan : plans.get()) {
            ActionPlan bare = plan;
            bare.steps.clear();
            for (const PlanStep &step : plan.steps) {
                if (step.status == StepStatus::Done || !step.dueOn.isValid() || step.dueOn > last)
                    continue;
                if (personId && step.responsibleId != personId)
                    continue;
                list << DueStep {bare, step, int(today.daysTo(step.dueOn))};
            }
        }
        std::stable_sort(list.begin(), list.end(),
            [](const DueStep &a, const DueStep &b) { return a.daysLeft < b.daysLeft; });
        return list;
    });
}

} // namespace tf
