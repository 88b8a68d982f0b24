#include "storage/quality/ActionPlanRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"

#include <QHash>

namespace tf {

namespace {
const QString kPlanColumns = QStringLiteral(
    "id, unit_id, area, current_state, goal, forum, status, signed_off_by, signed_off_on");
const QString kStepColumns = QStringLiteral(
    "s.id, s.plan_id, s.what, s.who, s.responsible_id, s.due_on, s.status, p.name");

ActionPlan readPlan(const Query &query)
{
    ActionPlan plan;
    plan.id = query.id(0);
    plan.unitId = query.id(1);
    plan.area = query.text(2);
    plan.currentState = query.text(3);
    plan.goal = query.text(4);
    plan.forum = query.text(5);
    planStatusFromText(query.text(6), &plan.status);
    plan.signedOffById = query.id(7);
    plan.signedOffOn = query.date(8);
    return plan;
}

PlanStep readStep(const Query &query)
{
    PlanStep step;
    step.id = query.id(0);
    step.planId = query.id(1);
    step.what = query.text(2);
    step.who = query.text(3);
    step.responsibleId = query.id(4);
    step.dueOn = query.date(5);
    stepStatusFromText(query.text(6), &step.status);
    if (step.responsibleId && !query.text(7).isEmpty())
        step.who = query.text(7);
    return step;
}

const QString kPlanTable = QStringLiteral("action_plan");
const QString kStepTable = QStringLiteral("action_plan_step");
} // namespace

ActionPlanRepository::ActionPlanRepository(Database &db)
    : m_db(db)
{ }

qint64 ActionPlanRepository::add(const ActionPlan &plan, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO action_plan (unit_id, area, current_state, goal, forum, "
                       "status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.bindId(plan.unitId)
        .bind(plan.area)
        .bind(plan.currentState)
        .bind(plan.goal)
        .bind(plan.forum)
        .bind(planStatusKey(plan.status))
        .bindId(actorId)
        .bind(nowUtcText());
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, kPlanTable, id, QStringLiteral("insert"));
    return id;
}

bool ActionPlanRepository::update(const ActionPlan &plan, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE action_plan SET area = ?, current_state = ?, goal = ?, forum = ?, "
                       "status = ? WHERE id = ? AND signed_off_on IS NULL"));
    update.bind(plan.area)
        .bind(plan.currentState)
        .bind(plan.goal)
        .bind(plan.forum)
        .bind(planStatusKey(plan.status))
        .bindId(plan.id);
    update.exec();
    if (update.rowsAffected() == 0)
        return false;
    recordChange(m_db, actorId, kPlanTable, plan.id, QStringLiteral("update"));
    return true;
}

bool ActionPlanRepository::signOff(qint64 planId, qint64 personId, const QDate &on, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE action_plan SET signed_off_by = ?, signed_off_on = ? "
                       "WHERE id = ? AND signed_off_on IS NULL"));
    update.bindId(personId).bindDate(on).bindId(planId);
    update.exec();
    if (update.rowsAffected() == 0)
        return false;
    recordChange(m_db, actorId, kPlanTable, planId, QStringLiteral("update"));
    return true;
}

qint64 ActionPlanRepository::addStep(const PlanStep &step, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO action_plan_step (plan_id, position, what, who, "
                       "responsible_id, due_on, status) VALUES (?, (SELECT COUNT(*) FROM "
                       "action_plan_step WHERE plan_id = ?), ?, ?, ?, ?, ?) RETURNING id"));
    insert.bindId(step.planId)
        .bindId(step.planId)
        .bind(step.what)
        .bind(step.who)
        .bindId(step.responsibleId)
        .bindDate(step.dueOn)
        .bind(stepStatusKey(step.status));
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, kStepTable, id, QStringLiteral("insert"));
    return id;
}

bool ActionPlanRepository::updateStep(const PlanStep &step, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE action_plan_step SET what = ?, who = ?, responsible_id = ?, "
                       "due_on = ?, status = ? WHERE id = ?"));
    update.bind(step.what)
        .bind(step.who)
        .bindId(step.responsibleId)
        .bindDate(step.dueOn)
        .bind(stepStatusKey(step.status))
        .bindId(step.id);
    update.exec();
    if (update.rowsAffected() == 0)
        return false;
    recordChange(m_db, actorId, kStepTable, step.id, QStringLiteral("update"));
    return true;
}

std::optional<ActionPlan> ActionPlanRepository::byId(qint64 id)
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM action_plan WHERE id = ?").arg(kPlanColumns));
    query.bindId(id).exec();
    if (!query.next())
        return std::nullopt;
    ActionPlan plan = readPlan(query);
    Query steps(m_db,
        QStringLiteral("SELECT %1 FROM action_plan_step s LEFT JOIN person p "
                       "ON p.id = s.responsible_id WHERE s.plan_id = ? ORDER BY s.position, s.id")
            .arg(kStepColumns));
    steps.bindId(id).exec();
    while (steps.next())
        plan.steps << readStep(steps);
    return plan;
}

QList<ActionPlan> ActionPlanRepository::list(qint64 unitId, bool openOnly, const QString &forum)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return list(batch, unitId, openOnly, forum); });
}

Later<QList<ActionPlan>> ActionPlanRepository::list(
    ReadBatch &batch, qint64 unitId, bool openOnly, const QString &forum)
{
    // The same conditions on the plans, named by the table's alias.
    const auto where = [&](const QString &plan) {
        QStringList conditions {QStringLiteral("1 = 1")};
        if (unitId > 0)
            conditions << plan + QStringLiteral("unit_id = ?");
        if (openOnly)
            conditions << plan + QStringLiteral("signed_off_on IS NULL");
        if (!forum.isEmpty())
            conditions << plan + QStringLiteral("forum = ?");
        return conditions.join(QStringLiteral(" AND "));
    };
    const auto bindWhere = [&](Query &query) {
        if (unitId > 0)
            query.bindId(unitId);
        if (!forum.isEmpty())
            query.bind(forum);
    };
    Query &plans
        = batch.add(QStringLiteral("SELECT %1 FROM action_plan WHERE %2 "
                                   "ORDER BY CASE WHEN signed_off_on IS NULL THEN 0 ELSE 1 END, id")
                        .arg(kPlanColumns, where(QString())));
    bindWhere(plans);
    // Every listed plan's steps, read beside the plans by the same conditions.
    Query &steps = batch.add(
        QStringLiteral("SELECT %1 FROM action_plan_step s JOIN action_plan a ON a.id = s.plan_id "
                       "LEFT JOIN person p ON p.id = s.responsible_id WHERE %2 "
                       "ORDER BY s.plan_id, s.position, s.id")
            .arg(kStepColumns, where(QStringLiteral("a."))));
    bindWhere(steps);
    auto planRows = batch.read<QList<ActionPlan>>(plans, [](Query &query) {
        QList<ActionPlan> read;
        while (query.next())
            read << readPlan(query);
        return read;
    });
    return batch.read<QList<ActionPlan>>(steps, [planRows](Query &query) {
        QList<ActionPlan> read = planRows.get();
        QHash<qint64, int> index;
        for (int at = 0; at < read.size(); ++at)
            index.insert(read.at(at).id, at);
        while (query.next()) {
            const auto at = index.constFind(query.id(1));
            if (at != index.constEnd())
                read[*at].steps << readStep(query);
        }
        return read;
    });
}

} // namespace tf
