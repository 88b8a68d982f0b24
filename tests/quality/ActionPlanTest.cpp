// Handlingsplaner: each open plan is a standing item on every meeting of
// its forum at its unit until someone who manages the unit signs it off; a
// signed-off plan refuses changes, in the service and in the database; the
// actions due soon are listed for reminders. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/quality/ActionPlans.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
int countTitled(Workspace &workspace, qint64 meetingId, const QString &title)
{
    int count = 0;
    for (const AgendaItem &item : workspace.agenda().items(meetingId))
        count += item.title == title ? 1 : 0;
    return count;
}

ActionPlan trainingPlan(qint64 unitId)
{
    ActionPlan plan;
    plan.unitId = unitId;
    plan.area = QStringLiteral("Avvikelserapportering i Treserva");
    plan.currentState = QStringLiteral("Det saknas lokalt verksamhetsstöd på enheten.");
    plan.goal = QStringLiteral("Alla medarbetare kan registrera en avvikelse.");
    plan.forum = QStringLiteral("kvalitetsmote");
    PlanStep step;
    step.what = QStringLiteral("Visa instruktionsfilmen på APT");
    step.who = QStringLiteral("Enhetschef");
    step.dueOn = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addDays(5);
    plan.steps << step;
    return plan;
}
} // namespace

TEST_CASE(
    "an open handlingsplan returns on each meeting of its forum until signed off", "[actionplan]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.leadProfession = QStringLiteral("Enhetschef");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        ActionPlans plans(workspace);
        const qint64 planId = plans.add(trainingPlan(team.unitId));
        const QString title = planItemTitle(QStringLiteral("Avvikelserapportering i Treserva"));

        const QDate today = tf::stockholmDate(QDateTime::currentDateTimeUtc());
        const qint64 held = test::makeForumMeeting(
            workspace, team.unitId, "kvalitetsmote", today.addDays(-20), team.leadId);
        const qint64 next = test::makeForumMeeting(
            workspace, team.unitId, "kvalitetsmote", today.addDays(10), team.leadId);
        const qint64 teamMeeting = test::makeForumMeeting(
            workspace, team.unitId, "teammote", today.addDays(11), team.leadId);
        AgendaBuilder builder(workspace);
        for (qint64 meeting : {held, next, teamMeeting})
            builder.build(meeting);
        builder.build(next);
        CHECK(countTitled(workspace, held, title) == 1);
        CHECK(countTitled(workspace, next, title) == 1);
        CHECK(countTitled(workspace, teamMeeting, title) == 0);
        for (const AgendaItem &item : workspace.agenda().items(next)) {
            if (item.title == title) {
                CHECK(item.body.contains(QStringLiteral("Mål: Alla medarbetare")));
                CHECK(item.body.contains(QStringLiteral("Visa instruktionsfilmen på APT")));
            }
        }

        // A meeting still to come shows the plan as it now is.
        PlanStep added;
        added.planId = planId;
        added.what = QStringLiteral("Utse lokalt verksamhetsstöd");
        added.who = QStringLiteral("Enhetschef");
        plans.addStep(added);
        builder.build(next);
        builder.build(held);
        CHECK(countTitled(workspace, next, title) == 1);
        for (const AgendaItem &item : workspace.agenda().items(next)) {
            if (item.title == title)
                CHECK(item.body.contains(QStringLiteral("Utse lokalt verksamhetsstöd")));
        }
        for (const AgendaItem &item : workspace.agenda().items(held)) {
            if (item.title == title)
                CHECK_FALSE(item.body.contains(QStringLiteral("Utse lokalt verksamhetsstöd")));
        }

        // Only someone who manages the unit signs off (the owner's login
        // on PostgreSQL administers, so there only the enhetschef is tried).
        if (backend.url.isEmpty()) {
            workspace.setActorId(team.nurseId);
            CHECK_THROWS_AS(plans.signOff(planId, today), StorageError);
            CHECK(plans.plan(planId).isOpen());
            workspace.setActorId(team.leadId);
        }
        CHECK_THROWS_AS(plans.signOff(planId, today.addDays(1)), StorageError);
        plans.signOff(planId, today);
        const ActionPlan signedOff = plans.plan(planId);
        CHECK_FALSE(signedOff.isOpen());
        CHECK(signedOff.signedOffById == team.leadId);

        // Read-only now, in the service and in the database.
        ActionPlan changed = signedOff;
        changed.goal = QStringLiteral("Ett annat mål");
        CHECK_THROWS_AS(plans.update(changed), StorageError);
        PlanStep more;
        more.planId = planId;
        more.what = QStringLiteral("En åtgärd till");
        more.who = QStringLiteral("MAS");
        CHECK_THROWS_AS(plans.addStep(more), StorageError);
        PlanStep done = signedOff.steps.first();
        done.status = StepStatus::Done;
        CHECK_THROWS_AS(plans.updateStep(done), StorageError);
        CHECK_THROWS_AS(plans.signOff(planId, today), StorageError);
        CHECK_THROWS(Query(
            workspace.database(), QStringLiteral("UPDATE action_plan SET goal = 'x' WHERE id = ?"))
                         .bindId(planId)
                         .exec());
        CHECK_THROWS(Query(workspace.database(),
            QStringLiteral("UPDATE action_plan_step SET status = 'klar' WHERE plan_id = ?"))
                         .bindId(planId)
                         .exec());
        CHECK(plans.plan(planId).goal
            == QStringLiteral("Alla medarbetare kan registrera en "
                              "avvikelse."));

        // Gone from the meetings to come, kept on the one held.
        const qint64 later = test::makeForumMeeting(
            workspace, team.unitId, "kvalitetsmote", today.addDays(40), team.leadId);
        builder.build(next);
        builder.build(later);
        builder.build(held);
        CHECK(countTitled(workspace, next, title) == 0);
        CHECK(countTitled(workspace, later, title) == 0);
        CHECK(countTitled(workspace, held, title) == 1);
        CHECK(plans.of(team.unitId, true).isEmpty());
        CHECK(plans.of(team.unitId, false).size() == 1);
    }
}

TEST_CASE("a handlingsplan needs an area, a forum and no client's name", "[actionplan]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        ActionPlans plans(workspace);
        ActionPlan plan = trainingPlan(team.unitId);
        plan.area = QStringLiteral("  ");
        CHECK_THROWS_AS(plans.add(plan), StorageError);
        plan = trainingPlan(team.unitId);
        plan.forum = QStringLiteral("fikamote");
        CHECK_THROWS_AS(plans.add(plan), StorageError);
        plan = trainingPlan(team.unitId);
        plan.currentState = QStringLiteral("Greta Gran har fallit tre gånger");
        CHECK_THROWS_AS(plans.add(plan), StorageError);
        plan = trainingPlan(team.unitId);
        plan.steps.first().who.clear();
        CHECK_THROWS_AS(plans.add(plan), StorageError);
        CHECK(plans.of(team.unitId, false).isEmpty());
    }
}

TEST_CASE("the actions of open plans due soon or overdue, for reminders", "[actionplan]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.leadProfession = QStringLiteral("Enhetschef");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        ActionPlans plans(workspace);
        const QDate today(2026, 5, 10);
        ActionPlan plan = trainingPlan(team.unitId);
        plan.steps.clear();
        const qint64 planId = plans.add(plan);
        auto step = [&](const QString &what, qint64 person, const QDate &due, StepStatus status) {
            PlanStep s;
            s.planId = planId;
            s.what = what;
            s.who = person ? QString() : QStringLiteral("MAS");
            s.responsibleId = person;
            s.dueOn = due;
            s.status = status;
            return plans.addStep(s);
        };
        step(QStringLiteral("Försenad"), team.nurseId, today.addDays(-3), StepStatus::InProgress);
        step(QStringLiteral("Snart"), team.leadId, today.addDays(7), StepStatus::Planned);
        step(QStringLiteral("Långt fram"), team.nurseId, today.addDays(60), StepStatus::Planned);
        step(QStringLiteral("Klar redan"), team.nurseId, today.addDays(-1), StepStatus::Done);
        step(QStringLiteral("Utan dag"), 0, QDate(), StepStatus::Planned);

        const auto due = plans.due(team.unitId, 0, today, 14);
        REQUIRE(due.size() == 2);
        CHECK(due.at(0).step.what == QStringLiteral("Försenad"));
        CHECK(due.at(0).overdue());
        CHECK(due.at(0).daysLeft == -3);
        CHECK(due.at(0).step.who == QStringLiteral("Sara Sjuksköterska"));
        CHECK(due.at(1).step.what == QStringLiteral("Snart"));
        CHECK(due.at(1).daysLeft == 7);
        const auto nurses = plans.due(team.unitId, team.nurseId, today, 90);
        REQUIRE(nurses.size() == 2);
        CHECK(nurses.at(1).step.what == QStringLiteral("Långt fram"));

        // A signed-off plan reminds nobody.
        plans.signOff(planId, tf::stockholmDate(QDateTime::currentDateTimeUtc()));
        CHECK(plans.due(team.unitId, 0, today, 14).isEmpty());
    }
}
