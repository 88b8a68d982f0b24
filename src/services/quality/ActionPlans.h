#pragma once

#include "domain/quality/ActionPlan.h"

#include <optional>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// Handlingsplaner (seed 002): a unit's plans with their actions, followed
// up at the forum chosen for each (AgendaBuilder puts every open plan on
// each meeting of that forum at the unit) until someone who manages the
// organisation (Identity::managesOrganisation) signs it off. A signed-off
// plan is read-only; the database refuses changes too (migration 026).
// Texts name no client (domain/quality/ClientMention). Refusals are
// StorageError (Refused or NotFound) with a Swedish message.
class ActionPlans
{
public:
    explicit ActionPlans(Workspace &workspace);

    // A new open plan; returns its id. Needs a unit that exists, an area,
    // and a forum key (forumKeys()).
    qint64 add(const ActionPlan &plan);
    // Changes area, nuläge, mål, forum and status of an open plan.
    void update(const ActionPlan &plan);
    // Adds an action to an open plan; returns its id.
    qint64 addStep(const PlanStep &step);
    // Changes an action (what, who, when, status) of an open plan.
    void updateStep(const PlanStep &step);
    // Signs the plan off on the day, in the workspace person's name.
    void signOff(qint64 planId, const QDate &on);

    ActionPlan plan(qint64 planId); // NotFound when there is none
    // The unit's plans (every unit's for 0), open ones first.
    QList<ActionPlan> of(qint64 unitId, bool openOnly);
    // The open plans followed up at the forum of the unit.
    QList<ActionPlan> openAt(qint64 unitId, const QString &forum);

    // An action of an open plan not yet done whose day is within `days`
    // days of today, or has passed.
    struct DueStep
    {
        ActionPlan plan; // without its steps
        PlanStep step;
        int daysLeft = 0; // negative when overdue
        bool overdue() const { return daysLeft < 0; }
    };
    // Of the unit (every unit for 0), and only the person's when personId is
    // set; the most urgent first.
    // Alone, or with a batch's other reads.
    QList<DueStep> due(qint64 unitId, qint64 personId, const QDate &today, int days);
    Later<QList<DueStep>> due(
        ReadBatch &batch, qint64 unitId, qint64 personId, const QDate &today, int days);

private:
    ActionPlan openPlanOrRefuse(qint64 planId);
    void checkPlan(const ActionPlan &plan);
    void checkStep(const PlanStep &step);

    Workspace &m_workspace;
};

} // namespace tf
