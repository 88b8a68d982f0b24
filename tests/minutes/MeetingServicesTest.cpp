// The services meeting mode writes through: attendance, actions decided at
// the meeting and the minutes' closing, on every engine.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingActions.h"
#include "services/minutes/MeetingAttendance.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <algorithm>
#include <functional>

using namespace tf;

namespace {
Participant participantOf(MeetingAttendance &attendance, qint64 meetingId, qint64 personId)
{
    const auto all = attendance.participants(meetingId);
    const auto it = std::find_if(
        all.begin(), all.end(), [&](const Participant &p) { return p.personId == personId; });
    return it == all.end() ? Participant() : *it;
}
} // namespace

TEST_CASE(
    "undoing an attendance change never undoes someone else's later change", "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        mine.setActorId(f.chairId);
        MeetingAttendance attendance(mine);
        const Participant before = participantOf(attendance, f.meetingId, f.nurseId);
        REQUIRE(before.personId == f.nurseId);
        Participant present = before;
        present.attendance = Attendance::Present;
        attendance.change(present);

        // Undo while the row is as this writer left it: back to expected.
        attendance.restore(before, present);
        CHECK(participantOf(attendance, f.meetingId, f.nurseId).attendance == before.attendance);

        // Someone else marks her absent; redoing "present" is refused.
        Workspace theirs(backend.spec);
        theirs.open();
        theirs.setActorId(f.helperId);
        MeetingAttendance others(theirs);
        Participant absent = participantOf(others, f.meetingId, f.nurseId);
        absent.attendance = Attendance::Absent;
        others.change(absent);
        try {
            attendance.restore(present, before);
            FAIL("a change made since was overwritten");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Conflict);
            CHECK(error.userMessage().contains(QStringLiteral("närvaro")));
        }
        CHECK(participantOf(attendance, f.meetingId, f.nurseId).attendance == Attendance::Absent);

        // A change made to an old version is a conflict too.
        CHECK_THROWS_AS(attendance.change(present), StorageError);
    }
}

TEST_CASE("opening a meeting reads who stands in, not the staff who may", "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.chairId);
        Person stella;
        stella.name = QStringLiteral("Stella Stand");
        stella.profession = QStringLiteral("Sjuksköterska");
        const qint64 stellaId = workspace.people().create(stella, f.chairId);
        MeetingAttendance attendance(workspace);
        CHECK(attendance.readAttendance(f.meetingId).substitutes.isEmpty());

        Participant absent = participantOf(attendance, f.meetingId, f.nurseId);
        absent.attendance = Attendance::Absent;
        absent.substituteId = stellaId;
        attendance.change(absent);
        const MeetingAttendance::AttendanceRead read = attendance.readAttendance(f.meetingId);
        REQUIRE(read.substitutes.size() == 1);
        CHECK(read.substitutes.first().name == QStringLiteral("Stella Stand"));
        // The staff who may stand in, read when a substitute is chosen.
        const auto meeting = workspace.meetings().byId(f.meetingId);
        REQUIRE(meeting.has_value());
        const QList<Person> staff = attendance.mayStandIn(*meeting);
        for (qint64 id : {stellaId, f.helperId})
            CHECK(std::any_of(staff.begin(), staff.end(),
                [id](const Person &person) { return person.id == id; }));
    }
}

TEST_CASE("appointing the secretary stores her and returns the meeting's new version",
    "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.chairId);
        MeetingMinutes minutes(workspace);
        const Meeting before = *minutes.meeting(f.meetingId);
        const Meeting after
            = MeetingAttendance(workspace).appointSecretary(f.meetingId, f.helperId);
        CHECK(after.secretaryId == f.helperId);
        CHECK(after.version > before.version);
        CHECK(minutes.meeting(f.meetingId)->secretaryId == f.helperId);
        CHECK_THROWS_AS(
            MeetingAttendance(workspace).appointSecretary(987654, f.helperId), StorageError);
    }
}

TEST_CASE(
    "an action recorded at the meeting shows under its item until undone", "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.helperId);
        MeetingActions actions(workspace);
        Action action;
        action.meetingId = f.meetingId;
        action.agendaItemId = f.itemIds.at(1);
        action.clientId = f.clientId;
        action.what = QStringLiteral("Beställ rullator");
        action.responsibleId = f.nurseId;
        const qint64 id = actions.record(action);
        REQUIRE(actions.decidedUnder(f.meetingId, f.itemIds.at(1)).size() == 1);
        CHECK(actions.decidedUnder(f.meetingId, f.itemIds.at(0)).isEmpty());

        actions.setStatus(id, ActionStatus::Cancelled);
        CHECK(actions.decidedUnder(f.meetingId, f.itemIds.at(1)).isEmpty());
        actions.setStatus(id, ActionStatus::Open);
        CHECK(actions.decidedUnder(f.meetingId, f.itemIds.at(1)).first().what == action.what);
    }
}

TEST_CASE(
    "approved minutes are locked: notes are refused, addenda are added", "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.helperId);
        MeetingMinutes minutes(workspace);
        CHECK(minutes.agendaItemCount(f.meetingId) == 3);
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta äter bättre.");
        entry = minutes.saveEntry(entry);
        CHECK(minutes.entriesBeside(f.itemIds.at(1)).size() == 1);
        CHECK(minutes.entriesBeside(987654).isEmpty());
        minutes.setNextMeetingClients(f.meetingId, {f.clientId});
        CHECK(minutes.nextMeetingClients(f.meetingId) == QList<qint64> {f.clientId});

        minutes.finish(f.meetingId);
        CHECK(minutes.closing(f.meetingId).isFinished());
        CHECK_FALSE(minutes.isLocked(f.meetingId));
        test::approveAsChair(workspace, f, f.meetingId);
        CHECK(minutes.isLocked(f.meetingId));

        entry.text += QStringLiteral(" Ändrat efteråt.");
        CHECK_THROWS_AS(minutes.saveEntry(entry), StorageError);
        CHECK(minutes.entries(f.meetingId).first().text == QStringLiteral("Greta äter bättre."));
        MinutesAddendum addendum;
        addendum.meetingId = f.meetingId;
        addendum.text = QStringLiteral("Rättelse: Greta äter bättre sedan mars.");
        minutes.addAddendum(addendum);
        REQUIRE(minutes.addenda(f.meetingId).size() == 1);
        CHECK(minutes.addenda(f.meetingId).first().authorId == f.helperId);
    }
}

TEST_CASE("a meeting of a later day is not held, finished or approved before its day",
    "[minutes][services]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f
            = test::makeMinutesFixture(workspace, QDateTime::currentDateTimeUtc().addDays(40));
        workspace.setActorId(f.chairId);
        MeetingMinutes minutes(workspace);
        const Meeting meeting = *minutes.meeting(f.meetingId);
        const auto refused = [](const std::function<void()> &step) {
            try {
                step();
            } catch (const StorageError &error) {
                CHECK(error.kind() == StorageError::Kind::Refused);
                CHECK(error.userMessage().startsWith(QStringLiteral("Mötet är planerat till ")));
                return true;
            }
            return false;
        };
        CHECK(refused([&] { minutes.start(meeting); }));
        CHECK(refused([&] { minutes.finish(f.meetingId); }));
        CHECK(refused([&] { test::approveAsChair(workspace, f, f.meetingId); }));
        CHECK(minutes.meeting(f.meetingId)->status == MeetingStatus::Planned);
        CHECK_FALSE(minutes.closing(f.meetingId).isFinished());
        CHECK_FALSE(minutes.isLocked(f.meetingId));

        // On its day it can.
        CHECK(MeetingMinutes::tooEarly(meeting, meeting.startUtc).isEmpty());
        const auto today = test::addMeeting(workspace, f, QDateTime::currentDateTimeUtc());
        CHECK(minutes.start(*minutes.meeting(today)).status == MeetingStatus::InProgress);
        minutes.finish(today);
        test::approveAsChair(workspace, f, today);
        CHECK(minutes.isLocked(today));
    }
}
