// The Idag page of each role on a hand-made day, on both engines.
#include <catch2/catch.hpp>

#include "domain/quality/ActionPlan.h"
#include "services/Workspace.h"
#include "services/today/TodayPage.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace tf;
using tf::test::testBackends;

namespace {
// Wednesday 25 November 2026, 09:00 in Stockholm; the week runs Monday 23
// to Sunday 29.
const QDate kToday(2026, 11, 25);
const QDateTime kNow(kToday, QTime(8, 0), QTimeZone::utc());

QDateTime at(const QDate &day, int hourUtc)
{
    return QDateTime(day, QTime(hourUtc, 0), QTimeZone::utc());
}

struct Day
{
    test::MinutesFixture f;
    qint64 fridayId = 0;
    qint64 overdueId = 0;
    qint64 dueTodayId = 0;
    qint64 laterThisWeekId = 0;
    qint64 feedbackId = 0;
};

qint64 decide(Workspace &workspace, const test::MinutesFixture &f, const char *what, qint64 who,
    const QDate &due, bool feedback = false)
{
    Action action;
    action.meetingId = f.meetingId;
    action.agendaItemId = f.itemIds.at(1);
    action.what = QString::fromUtf8(what);
    action.responsibleId = who;
    action.dueDate = due;
    if (feedback) {
        action.clientId = f.clientId;
        action.feedbackToClient = true;
    }
    return workspace.actions().create(action, f.chairId);
}

// Today's teammöte at 13:00 (the client on its agenda; chair, nurse and
// helper called), Friday's with the helper as secretary and the nurse
// called, next Monday's, a cancelled one this afternoon and yesterday's.
Day makeDay(Workspace &workspace)
{
    Day d;
    d.f = test::makeMinutesFixture(workspace, at(kToday, 12));
    const test::MinutesFixture &f = d.f;
    workspace.people().setUnits(f.chairId, {f.unitId}, f.chairId);
    workspace.people().setUnits(f.helperId, {f.unitId}, f.chairId);
    d.fridayId = test::addMeeting(workspace, f, at(kToday.addDays(2), 8));
    Meeting friday = *workspace.meetings().byId(d.fridayId);
    friday.secretaryId = f.helperId;
    workspace.meetings().save(friday, f.chairId);
    Participant nurse;
    nurse.meetingId = d.fridayId;
    nurse.personId = f.nurseId;
    nurse.role = QStringLiteral("Teammedlem");
    workspace.meetings().setParticipant(nurse, f.chairId);
    test::addMeeting(workspace, f, at(kToday.addDays(5), 8)); // next week
    test::addMeeting(workspace, f, at(kToday.addDays(-1), 8)); // yesterday
    Meeting cancelled = *workspace.meetings().byId(test::addMeeting(workspace, f, at(kToday, 14)));
    cancelled.status = MeetingStatus::Cancelled;
    cancelled.cancelReason = QStringLiteral("Personalbrist");
    workspace.meetings().save(cancelled, f.chairId);

    d.overdueId = decide(workspace, f, "Beställ rullator", f.nurseId, kToday.addDays(-2));
    d.dueTodayId = decide(workspace, f, "Ring apoteket", f.nurseId, kToday);
    d.laterThisWeekId = decide(workspace, f, "Väg Greta", f.nurseId, kToday.addDays(4));
    decide(workspace, f, "Ny genomförandeplan", f.nurseId, kToday.addDays(7)); // next week
    const qint64 done = decide(workspace, f, "Redan gjort", f.nurseId, kToday.addDays(-5));
    workspace.setActorId(f.nurseId);
    ActionList(workspace).markDone(done);
    workspace.setActorId(0);
    decide(workspace, f, "Helpers egen", f.helperId, kToday);

    // The helper is Greta's fast omsorgskontakt and owes her the feedback.
    Client client = *workspace.clients().byId(f.clientId);
    client.contactPersonId = f.helperId;
    workspace.clients().save(client, f.chairId);
    d.feedbackId
        = decide(workspace, f, "Greta får ny rullator", f.chairId, kToday.addDays(10), true);
    return d;
}

QList<qint64> meetingIds(const QList<TodayMeeting> &meetings)
{
    QList<qint64> ids;
    for (const TodayMeeting &meeting : meetings)
        ids << meeting.meeting.id;
    return ids;
}

QList<qint64> actionIds(const QList<ActionListRow> &rows)
{
    QList<qint64> ids;
    for (const ActionListRow &row : rows)
        ids << row.action.id;
    return ids;
}

int readsLogged(Workspace &workspace, qint64 personId, const char *kind)
{
    QSqlQuery count(workspace.database().connection());
    count.prepare(
        QStringLiteral("SELECT COUNT(*) FROM access_log WHERE person_id = ? AND kind = ?"));
    count.addBindValue(personId);
    count.addBindValue(QString::fromLatin1(kind));
    count.exec();
    return count.next() ? count.value(0).toInt() : -1;
}

int allReadsLogged(Workspace &workspace)
{
    QSqlQuery count(workspace.database().connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM access_log"));
    return count.next() ? count.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("Idag shows the nurse her meetings, actions and the assessments before her next meeting",
    "[today]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const Day d = makeDay(workspace);
        workspace.setActorId(d.f.nurseId);

        const TodayPage page = readTodayPage(workspace, kNow);
        CHECK(page.day == kToday);
        CHECK(meetingIds(page.meetingsToday) == QList<qint64> {d.f.meetingId});
        CHECK(meetingIds(page.meetingsThisWeek) == QList<qint64> {d.fridayId});
        CHECK(actionIds(page.actions.overdue) == QList<qint64> {d.overdueId});
        CHECK(actionIds(page.actions.dueToday) == QList<qint64> {d.dueTodayId});
        CHECK(actionIds(page.actions.dueThisWeek) == QList<qint64> {d.laterThisWeekId});

        // Greta is on today's agenda and was never assessed since moving in.
        REQUIRE(page.clinician);
        REQUIRE(page.nextMeeting);
        CHECK(page.nextMeeting->meeting.id == d.f.meetingId);
        REQUIRE(page.assessments.size() == 1);
        CHECK(page.assessments.first().client.id == d.f.clientId);
        REQUIRE_FALSE(page.assessments.first().needs.isEmpty());
        for (const RiskNeed &need : page.assessments.first().needs)
            CHECK(need.state != RiskDueState::Current);
        // Greta's name is shown, so the read is logged as Inför mötet logs it.
        CHECK(readsLogged(workspace, d.f.nurseId, "risk_status") == 1);
        CHECK_FALSE(page.contactPerson);
        CHECK(page.feedback.isEmpty());
        if (!workspace.database().isPostgres()) // there an administrator manages
            CHECK_FALSE(page.managesUnits);
    }
}

TEST_CASE(
    "Idag's next meeting is the first with the nurse's own clients, and lists only them", "[today]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const Day d = makeDay(workspace);
        // Sven, not a client of the nurse, is on an earlier meeting this
        // morning and on the nurse's next one beside Greta.
        Client sven;
        sven.unitId = d.f.unitId;
        sven.name = QStringLiteral("Sven Svensson");
        sven.personnummer = QStringLiteral("19380303-9873");
        const qint64 svenId = workspace.clients().create(sven, d.f.chairId);
        const qint64 morningId = test::addMeeting(workspace, d.f, at(kToday, 9));
        for (qint64 meetingId : {morningId, d.f.meetingId}) {
            AgendaItem item;
            item.meetingId = meetingId;
            item.title = QStringLiteral("Sven: nattfasta");
            item.clientId = svenId;
            workspace.meetings().addAgendaItem(item, d.f.chairId);
        }
        workspace.setActorId(d.f.nurseId);

        const TodayPage page = readTodayPage(workspace, kNow);
        REQUIRE(page.nextMeeting);
        CHECK(page.nextMeeting->meeting.id == d.f.meetingId);
        REQUIRE(page.assessments.size() == 1);
        CHECK(page.assessments.first().client.id == d.f.clientId);
        CHECK(page.assessments.first().agendaItemId == d.f.itemIds.at(1));
        CHECK(readsLogged(workspace, d.f.nurseId, "risk_status") == 1);
    }
}

TEST_CASE("Idag shows the secretary and contact person their meetings and the feedback they owe",
    "[today]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const Day d = makeDay(workspace);
        workspace.setActorId(d.f.helperId);

        const TodayPage page = readTodayPage(workspace, kNow);
        CHECK(meetingIds(page.meetingsToday) == QList<qint64> {d.f.meetingId});
        // Not called to Friday's meeting, but writing its minutes.
        REQUIRE(meetingIds(page.meetingsThisWeek) == QList<qint64> {d.fridayId});
        CHECK(page.meetingsThisWeek.first().secretary);
        CHECK_FALSE(page.meetingsThisWeek.first().chairing);
        CHECK(page.actions.dueToday.size() == 1);
        CHECK(page.actions.overdue.isEmpty());
        CHECK_FALSE(page.clinician);
        CHECK(page.assessments.isEmpty());
        REQUIRE(page.contactPerson);
        REQUIRE(page.feedback.size() == 1);
        CHECK(page.feedback.first().action.id == d.feedbackId);
        CHECK(page.feedback.first().client.id == d.f.clientId);
        CHECK(readsLogged(workspace, d.f.helperId, "client_list") == 1);
        CHECK(readsLogged(workspace, d.f.helperId, "risk_status") == 0);
    }
}

TEST_CASE("Idag shows the enhetschef the meetings she leads and her units' checks", "[today]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const Day d = makeDay(workspace);
        workspace.setActorId(d.f.chairId);
        const int before = allReadsLogged(workspace);

        const TodayPage page = readTodayPage(workspace, kNow);
        REQUIRE(meetingIds(page.meetingsToday) == QList<qint64> {d.f.meetingId});
        CHECK(page.meetingsToday.first().chairing);
        // She chairs Friday's too, without being called to it.
        REQUIRE(meetingIds(page.meetingsThisWeek) == QList<qint64> {d.fridayId});
        CHECK(page.meetingsThisWeek.first().chairing);
        CHECK(page.actions.overdue.isEmpty());
        CHECK(page.actions.dueToday.isEmpty());
        CHECK(page.actions.dueThisWeek.isEmpty()); // hers is due in ten days
        CHECK_FALSE(page.clinician);
        CHECK_FALSE(page.contactPerson);
        REQUIRE(page.managesUnits);
        // The unit has done no egenkontroll yet: its plan is listed as due.
        REQUIRE_FALSE(page.checks.selfInspections.isEmpty());
        for (const TodayCheck &check : page.checks.selfInspections) {
            CHECK(check.unit.id == d.f.unitId);
            // Due by the end of November, not at the quarter's or year's end.
            CHECK(check.status.current.last <= QDate(2026, 12, 25));
        }
        // Nobody read the unit's clients last month: no loggkontroll is due.
        CHECK(page.checks.logChecksOverdue.isEmpty());
        // No client is named on her page, and no read is logged.
        CHECK(allReadsLogged(workspace) == before);
    }
}

TEST_CASE("the week on Idag ends on Sunday", "[today]")
{
    CHECK(endOfWeek(QDate(2026, 11, 23)) == QDate(2026, 11, 29));
    CHECK(endOfWeek(QDate(2026, 11, 25)) == QDate(2026, 11, 29));
    CHECK(endOfWeek(QDate(2026, 11, 29)) == QDate(2026, 11, 29));
}

TEST_CASE("Idag lists the handlingsplan actions due to the person named and to the enhetschef",
    "[today][actionplan]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const Day d = makeDay(workspace);
        workspace.setActorId(d.f.chairId);
        ActionPlan plan;
        plan.unitId = d.f.unitId;
        plan.area = QStringLiteral("Munhälsa");
        plan.forum = QStringLiteral("teammote");
        PlanStep nurses;
        nurses.what = QStringLiteral("Utbilda i ROAG-J");
        nurses.responsibleId = d.f.nurseId;
        nurses.dueOn = kToday.addDays(5);
        PlanStep late;
        late.what = QStringLiteral("Köp tandborstar");
        late.who = QStringLiteral("Enhetschef");
        late.dueOn = kToday.addDays(-3);
        PlanStep later;
        later.what = QStringLiteral("Följ upp i mars");
        later.who = QStringLiteral("Enhetschef");
        later.dueOn = kToday.addDays(30);
        plan.steps = {nurses, late, later};
        ActionPlans(workspace).add(plan);
        const auto whats = [](const TodayPage &page) {
            QStringList list;
            for (const TodayPlanStep &shown : page.planSteps)
                list << shown.due.step.what;
            return list;
        };

        const TodayPage chief = readTodayPage(workspace, kNow);
        CHECK(whats(chief)
            == QStringList {QStringLiteral("Köp tandborstar"), QStringLiteral("Utbilda i ROAG-J")});
        REQUIRE_FALSE(chief.planSteps.isEmpty());
        CHECK(chief.planSteps.first().due.overdue());
        CHECK(chief.planSteps.first().unitName == QStringLiteral("Solgården avd 2"));

        // The nurse is named for one; the helper for none. (On PostgreSQL the
        // test's login is an administrator, who manages every unit.)
        if (!workspace.database().isPostgres()) {
            workspace.setActorId(d.f.nurseId);
            CHECK(whats(readTodayPage(workspace, kNow))
                == QStringList {QStringLiteral("Utbilda i ROAG-J")});
            workspace.setActorId(d.f.helperId);
            CHECK(readTodayPage(workspace, kNow).planSteps.isEmpty());
        }
    }
}
