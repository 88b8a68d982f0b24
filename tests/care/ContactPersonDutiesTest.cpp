// The contact person's duties: the genomförandeplan recorded and due for
// the contact person and the enhetschef, and the journal reminder that stays
// on X's list until X marks it documented. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "services/care/CarePlans.h"
#include "services/care/JournalDuties.h"
#include "services/chair/MeetingGuests.h"
#include "services/scheduling/Kallelse.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

namespace {
QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

int accessEntries(Workspace &workspace, qint64 clientId)
{
    Query query(workspace.database(),
        QStringLiteral("SELECT count(*) FROM access_log WHERE client_id = ?"));
    query.bind(clientId).exec();
    query.next();
    return query.integer(0);
}

qint64 addPerson(Workspace &workspace, const QString &name, qint64 actorId)
{
    Person person;
    person.name = name;
    return workspace.people().create(person, actorId);
}
} // namespace

TEST_CASE("the genomförandeplan's steps are recorded by their rules and shown as due", "[careplan]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.leadIsContactPerson = true;
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        CarePlans plans(workspace);
        const QDate now = today();

        // Without the insats's start nothing can be recorded and nothing is due.
        CHECK_THROWS_AS(
            plans.record(team.clientId, CarePlanEventKind::PlanningTalk, now), StorageError);
        QList<ClientCarePlan> mine
            = plans.ofContactPerson(team.leadId, now, AccessPurpose::MyClients);
        REQUIRE(mine.size() == 1);
        CHECK(mine.first().status.state == CarePlanState::NoStart);
        // The levnadsberättelse may be noted all the same.
        plans.record(team.clientId, CarePlanEventKind::LifeStory, now, false);

        // Moved in 40 days ago: the planeringssamtal is 10 days late.
        const QDate start = now.addDays(-40);
        workspace.risks().setMovedInOn(team.clientId, start, team.leadId);
        mine = plans.ofContactPerson(team.leadId, now, AccessPurpose::MyClients);
        REQUIRE(mine.size() == 1);
        CHECK(mine.first().status.state == CarePlanState::Overdue);
        CHECK(mine.first().status.next == CarePlanEventKind::PlanningTalk);
        CHECK(mine.first().status.nextDueOn == start.addDays(30));
        CHECK_FALSE(mine.first().facts.lifeStoryDone);

        // Refused: a day after today, before the start, a plan before its
        // planeringssamtal, a follow-up before any plan.
        CHECK_THROWS_AS(
            plans.record(team.clientId, CarePlanEventKind::PlanningTalk, now.addDays(1)),
            StorageError);
        CHECK_THROWS_AS(
            plans.record(team.clientId, CarePlanEventKind::PlanningTalk, start.addDays(-1)),
            StorageError);
        CHECK_THROWS_AS(
            plans.record(team.clientId, CarePlanEventKind::FollowUp, now), StorageError);
        plans.record(team.clientId, CarePlanEventKind::PlanningTalk, start.addDays(20));
        try {
            plans.record(team.clientId, CarePlanEventKind::PlanWritten, start.addDays(19));
            FAIL("a plan before its planeringssamtal was stored");
        } catch (const StorageError &error) {
            CHECK(error.userMessage().contains(QStringLiteral("före planeringssamtalet")));
        }

        // The planeringssamtal held 20 days in: the plan was due 14 days later.
        mine = plans.ofContactPerson(team.leadId, now, AccessPurpose::MyClients);
        CHECK(mine.first().status.next == CarePlanEventKind::PlanWritten);
        CHECK(mine.first().status.nextDueOn == start.addDays(34));
        CHECK(mine.first().status.state == CarePlanState::Overdue);

        // Written: the next follow-up is six months on, or three where the
        // unit says so; the enhetschef's list of the unit says the same.
        plans.record(team.clientId, CarePlanEventKind::PlanWritten, start.addDays(30));
        plans.record(team.clientId, CarePlanEventKind::LifeStory, now);
        mine = plans.ofContactPerson(team.leadId, now, AccessPurpose::MyClients);
        CHECK(mine.first().status.next == CarePlanEventKind::FollowUp);
        CHECK(mine.first().status.nextDueOn == start.addDays(30).addMonths(6));
        CHECK(mine.first().status.state == CarePlanState::Planned);
        CHECK(mine.first().facts.lifeStoryDone);
        CHECK(plans.followUpMonths(team.unitId) == 6);
        CHECK_THROWS_AS(plans.setFollowUpMonths(team.unitId, 4), StorageError);
        plans.setFollowUpMonths(team.unitId, 3);
        CHECK(plans.followUpMonths(team.unitId) == 3);
        const QList<ClientCarePlan> unit
            = plans.ofUnit(team.unitId, now, AccessPurpose::CommandLine);
        REQUIRE(unit.size() == 1);
        CHECK(unit.first().status.nextDueOn == start.addDays(30).addMonths(3));
        // Three months after the plan, the unit's list shows it overdue.
        CHECK(plans
                  .ofUnit(team.unitId, start.addDays(30).addMonths(3).addDays(1),
                      AccessPurpose::CommandLine)
                  .first()
                  .status.state
            == CarePlanState::Overdue);

        // A follow-up moves the date on; the history keeps every step.
        plans.record(team.clientId, CarePlanEventKind::FollowUp, now);
        CHECK(plans.ofUnit(team.unitId, now, AccessPurpose::CommandLine).first().status.nextDueOn
            == now.addMonths(3));
        const QList<CarePlanEvent> history = plans.history(team.clientId, AccessPurpose::MyClients);
        CHECK(history.size() == 5);
        CHECK(history.last().recordedById == team.leadId);
        // Reading the plans is logged as reading the client's data.
        CHECK(accessEntries(workspace, team.clientId) >= 1);
    }
}

TEST_CASE("an action to document in the journal stays on X's list until X marks it", "[journal]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        const qint64 meeting
            = test::makeForumMeeting(workspace, team.unitId, "teammote", today(), team.leadId);
        Action action;
        action.meetingId = meeting;
        action.clientId = team.clientId;
        action.what = QStringLiteral("Ny rutin för kvällsmedicin");
        action.responsibleId = team.leadId;
        action.journalEntryNeeded = true;
        action.journalById = team.nurseId;
        const qint64 actionId = workspace.actions().create(action, team.leadId);
        Action other = action;
        other.what = QStringLiteral("Beställa nytt larm");
        other.journalEntryNeeded = false;
        other.journalById = 0;
        const qint64 noJournal = workspace.actions().create(other, team.leadId);

        JournalDuties duties(workspace);
        QList<JournalDue> list = duties.dueFor(team.nurseId);
        REQUIRE(list.size() == 1);
        CHECK(list.first().action.id == actionId);
        CHECK(list.first().clientName == QStringLiteral("Greta Gran"));
        CHECK(duties.dueFor(team.leadId).isEmpty());

        // Someone else may not mark it, nor may anyone mark an action
        // without a journal duty or with an unknown record.
        workspace.setActorId(team.leadId);
        try {
            duties.markDocumented(actionId, QStringLiteral("hsl"));
            FAIL("someone else marked the journal entry");
        } catch (const StorageError &error) {
            CHECK(error.userMessage().contains(QStringLiteral("Sara Sjuksköterska")));
        }
        workspace.setActorId(team.nurseId);
        CHECK_THROWS_AS(duties.markDocumented(noJournal, QStringLiteral("hsl")), StorageError);
        CHECK_THROWS_AS(duties.markDocumented(actionId, QStringLiteral("journal")), StorageError);
        CHECK(duties.dueFor(team.nurseId).size() == 1);

        // X marks it: off the list, with the record, who and when.
        const JournalMark mark = duties.markDocumented(actionId, QStringLiteral("HSL"));
        CHECK(mark.record == QStringLiteral("hsl"));
        CHECK(mark.documentedById == team.nurseId);
        CHECK(mark.documentedUtc.isValid());
        CHECK(duties.dueFor(team.nurseId).isEmpty());
        CHECK(duties.markOf(actionId)->record == QStringLiteral("hsl"));
        // Marked once only.
        CHECK_THROWS_AS(duties.markDocumented(actionId, QStringLiteral("sol")), StorageError);

        // Done actions still wait for their journal entry; cancelled ones do not.
        Action late = action;
        late.what = QStringLiteral("Uppdatera ordination");
        late.status = ActionStatus::Done;
        const qint64 lateId = workspace.actions().create(late, team.leadId);
        late.status = ActionStatus::Cancelled;
        late.what = QStringLiteral("Ångrat beslut");
        const qint64 cancelledId = workspace.actions().create(late, team.leadId);
        list = duties.dueFor(team.nurseId);
        REQUIRE(list.size() == 1);
        CHECK(list.first().action.id == lateId);
        CHECK_THROWS_AS(duties.markDocumented(cancelledId, QStringLiteral("sol")), StorageError);
        // A person added later is no stand-in either.
        const qint64 stranger = addPerson(workspace, QStringLiteral("Olle Obehörig"), team.leadId);
        workspace.setActorId(stranger);
        CHECK_THROWS_AS(duties.markDocumented(lateId, QStringLiteral("sol")), StorageError);
    }
}

TEST_CASE(
    "the client and a named relative are invited, in the kallelse and the attendance", "[guests]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const qint64 meeting
            = test::makeForumMeeting(workspace, team.unitId, "teammote", today(), team.leadId);
        MeetingGuests guests(workspace);

        guests.invite(meeting, team.clientId);
        const MeetingGuest daughter = guests.invite(
            meeting, team.clientId, QStringLiteral("  Anna   Gran "), QStringLiteral("dotter"));
        CHECK(daughter.relativeName == QStringLiteral("Anna Gran"));
        // The same guest twice is a conflict; a client of another unit is refused.
        try {
            guests.invite(meeting, team.clientId, QStringLiteral("Anna Gran"));
            FAIL("the same relative was invited twice");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Conflict);
        }
        Unit otherUnit;
        otherUnit.name = QStringLiteral("Solgården avd 3");
        otherUnit.serviceType = ServiceType::Sabo;
        Client stranger;
        stranger.unitId = workspace.units().create(otherUnit, team.leadId);
        stranger.name = QStringLiteral("Olle Annan");
        stranger.personnummer = QStringLiteral("19400101-0008");
        const qint64 strangerId = workspace.clients().create(stranger, team.leadId);
        CHECK_THROWS_AS(guests.invite(meeting, strangerId), StorageError);

        // Named in the participant list and the kallelse, the client first.
        const QList<NamedGuest> list = guests.of(meeting, AccessPurpose::BeforeMeeting);
        REQUIRE(list.size() == 2);
        CHECK(list.at(0).label == QStringLiteral("Greta Gran (kund)"));
        CHECK(list.at(1).label == QStringLiteral("Anna Gran (dotter till Greta Gran)"));
        const QString kallelse = Kallelse::load(workspace, meeting).html();
        CHECK(kallelse.contains(QStringLiteral("Kund och anhöriga")));
        CHECK(kallelse.contains(QStringLiteral("Anna Gran (dotter till Greta Gran)")));
        // Reading them is logged as a read of the client, with the meeting.
        Query logged(workspace.database(),
            QStringLiteral(
                "SELECT count(*) FROM access_log WHERE client_id = ? AND meeting_id = ?"));
        logged.bind(team.clientId).bind(meeting).exec();
        REQUIRE(logged.next());
        CHECK(logged.integer(0) >= 1);

        // Attendance: present or absent, never a substitute; a stale version conflicts.
        CHECK_THROWS_AS(
            guests.setAttendance(list.at(0).guest, Attendance::SubstitutePresent), StorageError);
        const int version = guests.setAttendance(list.at(0).guest, Attendance::Present);
        CHECK(version == list.at(0).guest.version + 1);
        CHECK_THROWS_AS(guests.setAttendance(list.at(0).guest, Attendance::Absent), StorageError);
        guests.setAttendance(list.at(1).guest, Attendance::Absent);
        const MinutesDocument minutes
            = loadMinutesDocument(workspace, meeting, AccessPurpose::CommandLine);
        REQUIRE(minutes.guests.size() == 2);
        CHECK(minutes.guests.at(0).attendance == Attendance::Present);
        const QJsonArray json = minutesToJson(minutes).value(QStringLiteral("guests")).toArray();
        REQUIRE(json.size() == 2);
        CHECK(json.at(1).toObject().value(QStringLiteral("relation")).toString()
            == QStringLiteral("dotter"));
        CHECK(json.at(1).toObject().value(QStringLiteral("attendance")).toString()
            == QStringLiteral("absent"));
        CHECK(minutes.guestName(minutes.guests.at(1), true) == QStringLiteral("anhörig (dotter)"));
        CHECK(Kallelse::load(workspace, meeting)
                  .html()
                  .contains(QStringLiteral("Anna Gran (dotter till Greta Gran), förhinder")));

        // Locked minutes lock the guests too.
        Query chair(
            workspace.database(), QStringLiteral("UPDATE meeting SET chair_id = ? WHERE id = ?"));
        chair.bind(team.leadId).bind(meeting).exec();
        workspace.minutes().finish(meeting, team.leadId);
        workspace.minutes().approve(meeting, team.leadId, team.leadId);
        CHECK_THROWS_AS(
            guests.invite(meeting, team.clientId, QStringLiteral("Per Gran")), StorageError);
        CHECK_THROWS_AS(guests.remove(list.at(1).guest.id), StorageError);
        CHECK(guests.of(meeting, AccessPurpose::BeforeMeeting).size() == 2);
    }
}
