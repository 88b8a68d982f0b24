// Single meetings: a pulsmöte "vid behov" or an extra teammöte.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/chair/ChairMeetings.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::ChairFixture;

TEST_CASE("an extra teammöte is one meeting with the forum's team", "[chair][schedule][once]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const Meeting meeting = SchedulingService(workspace).scheduleOnce(
            fixture.unitId, QStringLiteral("teammote"), QDate(2027, 2, 3), QTime(14, 30));
        CHECK(meeting.id > 0);
        CHECK(meeting.seriesId == 0);
        CHECK(meeting.templateId == fixture.teammote.id);
        CHECK(meeting.startUtc == SeriesPlanner::toUtc(QDate(2027, 2, 3), QTime(14, 30)));
        CHECK(meeting.minutes == fixture.teammote.minMinutes);
        CHECK(meeting.location == fixture.teammote.location);
        CHECK(meeting.status == MeetingStatus::Planned);
        CHECK(meeting.chairId == fixture.chairId);
        QList<qint64> invited;
        for (const Participant &p : workspace.meetings().participants(meeting.id))
            invited << p.personId;
        std::sort(invited.begin(), invited.end());
        QList<qint64> team {fixture.chairId, fixture.nurseId, fixture.nightId};
        std::sort(team.begin(), team.end());
        CHECK(invited == team);
        const auto listed = ChairMeetings(workspace).meetingsOf(fixture.unitId,
            SeriesPlanner::toUtc(QDate(2027, 2, 3), QTime(0, 0)),
            SeriesPlanner::toUtc(QDate(2027, 2, 4), QTime(0, 0)));
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().id == meeting.id);
    }
}

TEST_CASE("a single meeting with a bad forum, date or time is refused in Swedish",
    "[chair][schedule][once]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    SchedulingService service(workspace);
    auto refusal = [&](qint64 unitId, const QString &forum, const QDate &date, const QTime &time) {
        try {
            service.scheduleOnce(unitId, forum, date, time);
        } catch (const StorageError &error) {
            return error.userMessage();
        }
        return QString();
    };
    const QDate date(2027, 2, 3);
    CHECK(refusal(fixture.unitId, QStringLiteral("styrelsemote"), date, QTime(9, 0))
              .contains(QStringLiteral("inget forum")));
    CHECK(refusal(fixture.unitId, QStringLiteral("pulsmote"), QDate(), QTime(9, 0))
              .contains(QStringLiteral("datum")));
    CHECK(refusal(fixture.unitId, QStringLiteral("pulsmote"), date, QTime())
              .contains(QStringLiteral("TT:MM")));
    CHECK(refusal(999, QStringLiteral("pulsmote"), date, QTime(9, 0))
              .contains(QStringLiteral("ingen enhet")));
    CHECK(ChairMeetings(workspace)
              .meetingsOf(fixture.unitId, SeriesPlanner::toUtc(date, QTime(0, 0)),
                  SeriesPlanner::toUtc(date.addDays(1), QTime(0, 0)))
              .isEmpty());
}
