#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/chair/ChairCalendar.h"
#include "services/scheduling/Kallelse.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::ChairFixture;
using tf::test::testBackends;

namespace {
QDateTime local(const QDate &date, const QTime &time)
{
    return SeriesPlanner::toUtc(date, time);
}
Participant participant(qint64 meetingId, qint64 personId)
{
    Participant p;
    p.meetingId = meetingId;
    p.personId = personId;
    return p;
}
} // namespace

TEST_CASE("a series generates a year of meetings with the team", "[chair][schedule]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        CHECK(series.rrule == QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
        CHECK(series.location == QStringLiteral("På respektive avdelning"));
        CHECK(series.generatedUntil == QDate(2028, 1, 1));

        const auto meetings = workspace.series().meetings(series.id);
        REQUIRE(meetings.size() == 26);
        CHECK(meetings.first().meeting.startUtc == local(QDate(2027, 1, 5), QTime(13, 0)));
        CHECK(meetings.last().meeting.startUtc == local(QDate(2027, 12, 21), QTime(13, 0)));
        // Summer time: still 13:00 in Stockholm.
        CHECK(meetings.at(13).meeting.startUtc.toTimeZone(SeriesPlanner::stockholm()).time()
            == QTime(13, 0));
        const auto participants = workspace.meetings().participants(meetings.first().meeting.id);
        CHECK(participants.size() == 3);
        CHECK(meetings.first().meeting.chairId == fixture.chairId);

        // A rolling window: nothing new today, a month later one more month
        // (4 and 18 January, 1 February 2028).
        SchedulingService service(workspace);
        CHECK(service.extendWindow(fixture.unitId, QDate(2027, 1, 1)) == 0);
        CHECK(service.extendWindow(fixture.unitId, QDate(2027, 2, 1)) == 3);
        CHECK(workspace.series().meetings(series.id).size() == 29);
    }
}

TEST_CASE("moving and cancelling one meeting keeps the series", "[chair][schedule]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        auto meetings = workspace.series().meetings(series.id);
        SchedulingService service(workspace);
        const qint64 moved = meetings.at(2).meeting.id;
        const qint64 cancelled = meetings.at(3).meeting.id;
        service.moveMeeting(moved, local(QDate(2027, 2, 3), QTime(9, 0)), 45);
        service.cancelMeeting(cancelled);

        meetings = workspace.series().meetings(series.id);
        REQUIRE(meetings.size() == 26);
        CHECK(meetings.at(2).moved());
        CHECK(meetings.at(2).originalStartUtc == local(QDate(2027, 2, 2), QTime(13, 0)));
        CHECK(meetings.at(2).meeting.minutes == 45);
        CHECK(meetings.at(3).meeting.status == MeetingStatus::Cancelled);
        CHECK_FALSE(meetings.at(4).moved());
        CHECK(workspace.series().byId(series.id)->sequence == 2);

        // Extending the window never brings a moved or cancelled slot back.
        service.extendWindow(fixture.unitId, QDate(2027, 6, 1));
        int onCancelledSlot = 0;
        for (const auto &entry : workspace.series().meetings(series.id)) {
            if (entry.originalStartUtc == meetings.at(3).originalStartUtc)
                ++onCancelledSlot;
        }
        CHECK(onCancelledSlot == 1);
        service.restoreMeeting(cancelled);
        CHECK(workspace.meetings().byId(cancelled)->status == MeetingStatus::Planned);
    }
}

TEST_CASE("a series with a bad time or rule is refused in Swedish", "[chair][schedule]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    SchedulingService service(workspace);
    MeetingSeries series = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 1, 5), QTime());
    REQUIRE_THROWS_AS(service.create(series, QDate(2027, 1, 1)), StorageError);
    try {
        service.create(series, QDate(2027, 1, 1));
    } catch (const StorageError &error) {
        CHECK(error.userMessage().contains(QStringLiteral("TT:MM")));
    }
    series.times = {QTime(13, 0)};
    series.rrule = QStringLiteral("FREQ=SECONDLY");
    CHECK_THROWS_AS(service.create(series, QDate(2027, 1, 1)), StorageError);
    CHECK(workspace.series().all().isEmpty());
}

TEST_CASE("reflektionsmöte, APT and kvalitetsmöte follow each other", "[chair][schedule]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        ForumTemplate reflection;
        for (const auto &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
            if (t.forum == QLatin1String("reflektionsmote"))
                reflection = t;
        }
        SchedulingService service(workspace);
        const auto first = service.create(SchedulingService::fromTemplate(reflection,
                                              fixture.unitId, QDate(2027, 1, 12), QTime(13, 0)),
            QDate(2027, 1, 1));
        const auto following
            = service.createFollowing(first, reflection.heldTogetherWith, QDate(2027, 1, 1));
        REQUIRE(following.size() == 2);
        CHECK(following.at(0).forum == QStringLiteral("apt"));
        CHECK(following.at(0).times.first() == QTime(14, 0));
        CHECK(following.at(0).followsSeriesId == first.id);
        CHECK(following.at(1).times.first() == QTime(15, 0));
        CHECK(following.at(1).rrule == first.rrule);
        CHECK(workspace.series().meetings(following.at(1).id).size() == 12);
    }
}

TEST_CASE("conflicts and late adjuncts are flagged", "[chair][schedule]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        // The nurse is also on a samordningsmöte in another unit at 13:15.
        Unit other;
        other.serviceType = ServiceType::Samordning;
        other.name = QStringLiteral("Samordning norr");
        const qint64 otherUnit = workspace.units().create(other, fixture.chairId);
        Meeting clash;
        clash.unitId = otherUnit;
        clash.startUtc = local(QDate(2027, 1, 19), QTime(13, 15));
        clash.minutes = 60;
        clash.id = workspace.meetings().create(clash, fixture.chairId);
        workspace.meetings().setParticipant(
            participant(clash.id, fixture.nurseId), fixture.chairId);
        SchedulingService service(workspace);
        const QDateTime from = local(QDate(2027, 1, 1), QTime(0, 0));
        const QDateTime to = local(QDate(2027, 2, 1), QTime(0, 0));
        auto conflicts = service.conflicts(fixture.unitId, from, to);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().personId == fixture.nurseId);
        const qint64 teamMeeting = workspace.series().meetings(series.id).at(1).meeting.id;
        CHECK((conflicts.first().meetingId == teamMeeting
            || conflicts.first().otherMeetingId == teamMeeting));
        // The chair's calendar names her at the meeting, read with the rest.
        const auto shownIn = [&](const QDate &today) {
            const ChairCalendar calendar
                = readChairCalendar(workspace, fixture.unitId, from, to, today);
            for (const CalendarMeeting &shown : calendar.meetings)
                if (shown.meeting.id == teamMeeting)
                    return shown;
            FAIL("the meeting is not in the calendar");
            return CalendarMeeting();
        };
        CHECK(shownIn(QDate(2027, 1, 1)).doubleBooked
            == workspace.people().byId(fixture.nurseId)->name);

        // With förhinder and a substitute, the nurse is no longer booked there.
        Participant absent = tf::test::storedParticipant(workspace, teamMeeting, fixture.nurseId);
        absent.attendance = Attendance::Absent;
        absent.substituteId = fixture.nightId;
        workspace.meetings().setParticipant(absent, fixture.chairId);
        CHECK(service.conflicts(fixture.unitId, from, to).isEmpty());

        // Adjuncts: lead time seven days by default, settable per unit.
        Participant dietist = participant(teamMeeting, fixture.dietistId);
        dietist.adjunct = true;
        dietist.invitedOn = QDate(2027, 1, 14);
        dietist.version = workspace.meetings().setParticipant(dietist, fixture.chairId);
        // Invited on the 14th for the 19th: later than seven days before.
        REQUIRE(service.lateAdjuncts(teamMeeting, QDate(2027, 1, 14)).size() == 1);
        CHECK(service.lateAdjuncts(teamMeeting, QDate(2027, 1, 14)).first().personId
            == fixture.dietistId);
        UnitPlanning planning = workspace.teams().planning(fixture.unitId, ServiceType::Sabo);
        CHECK(planning.leadDays == 7);
        planning.leadDays = 3;
        workspace.teams().savePlanning(planning, fixture.chairId);
        CHECK(service.lateAdjuncts(teamMeeting, QDate(2027, 1, 14)).isEmpty());
        // Not invited at all: flagged once the lead time has passed.
        dietist.invitedOn = QDate();
        workspace.meetings().setParticipant(dietist, fixture.chairId);
        CHECK(service.lateAdjuncts(teamMeeting, QDate(2027, 1, 16)).isEmpty());
        CHECK(service.lateAdjuncts(teamMeeting, QDate(2027, 1, 17)).size() == 1);
        // The calendar asks for the whole range at once.
        CHECK(service.meetingsWithLateAdjuncts(fixture.unitId, from, to, QDate(2027, 1, 17))
            == QSet<qint64> {teamMeeting});
        CHECK(shownIn(QDate(2027, 1, 17)).adjunctInvitedLate);
        CHECK_FALSE(shownIn(QDate(2027, 1, 16)).adjunctInvitedLate);
        CHECK(shownIn(QDate(2027, 1, 17)).doubleBooked.isEmpty()); // förhinder
        CHECK(service.meetingsWithLateAdjuncts(fixture.unitId, from, to, QDate(2027, 1, 16))
                  .isEmpty());
        // Meetings already held are not flagged any more.
        CHECK(service.meetingsWithLateAdjuncts(fixture.unitId, from, to, QDate(2027, 1, 20))
                  .isEmpty());
    }
}

TEST_CASE("a cancelled meeting keeps its reason and has no kallelse", "[chair][schedule]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const qint64 meetingId = workspace.series().meetings(series.id).at(1).meeting.id;
        SchedulingService service(workspace);
        CHECK_NOTHROW(Kallelse::load(workspace, meetingId));
        service.cancelMeeting(meetingId, QStringLiteral("  Enhetschefen är sjuk "));
        const auto cancelled = workspace.meetings().byId(meetingId);
        CHECK(cancelled->status == MeetingStatus::Cancelled);
        CHECK(cancelled->cancelReason == QStringLiteral("Enhetschefen är sjuk"));
        try {
            Kallelse::load(workspace, meetingId);
            FAIL("a kallelse for a cancelled meeting");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Refused);
            CHECK(error.userMessage().contains(QStringLiteral("inställt")));
        }
        service.restoreMeeting(meetingId);
        const auto restored = workspace.meetings().byId(meetingId);
        CHECK(restored->status == MeetingStatus::Planned);
        CHECK(restored->cancelReason.isEmpty());
    }
}
