#pragma once

#include "domain/quality/ActionPlan.h"

#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// Handlingsplaner and their actions (migration 026). A signed-off plan is
// not changed again; the database refuses it too.
class ActionPlanRepository
{
public:
    explicit ActionPlanRepository(Database &db);

    qint64 add(const ActionPlan &plan, qint64 actorId); // without its steps
    // Area, nuläge, mål, forum and status; false when no open plan has the id.
    bool update(const ActionPlan &plan, qint64 actorId);
    bool signOff(qint64 planId, qint64 personId, const QDate &on, qint64 actorId);
    qint64 addStep(const PlanStep &step, qint64 actorId);
    bool updateStep(const PlanStep &step, qint64 actorId);

    // With their steps, by position.
    std::optional<ActionPlan> byId(qint64 id);
    // The unit's plans (every unit's for 0), open ones only when openOnly,
    // only those followed up at forum when it is not empty; open ones
    // first, then by id.
    // Alone, or with a batch's other reads (the plans and their steps
    // together).
    QList<ActionPlan> list(qint64 unitId, bool openOnly, const QString &forum = {});
    Later<QList<ActionPlan>> list(
        ReadBatch &batch, qint64 unitId, bool openOnly, const QString &forum = {});

private:
    Database &m_db;
};

} // namespace tf
