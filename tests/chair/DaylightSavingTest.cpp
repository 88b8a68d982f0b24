// Local times that do not occur or occur twice, read as RFC 5545 says.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}
QTime localTime(const QDateTime &utcTime)
{
    return utcTime.toTimeZone(SeriesPlanner::stockholm()).time();
}
} // namespace

TEST_CASE("a time in the spring gap moves on by the gap", "[chair][schedule][dst]")
{
    // Summer time starts on 28 March 2027 at 02:00, when clocks go to 03:00.
    const QDateTime start = SeriesPlanner::toUtc(QDate(2027, 3, 28), QTime(2, 30));
    CHECK(start == utc(2027, 3, 28, 1, 30));
    CHECK(localTime(start) == QTime(3, 30));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 3, 28), QTime(2, 0)) == utc(2027, 3, 28, 1, 0));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 3, 28), QTime(1, 59)) == utc(2027, 3, 28, 0, 59));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 3, 28), QTime(3, 0)) == utc(2027, 3, 28, 1, 0));
}

TEST_CASE("a time that occurs twice in the autumn is the first of them", "[chair][schedule][dst]")
{
    // Summer time ends on 31 October 2027 at 03:00, when clocks go back to 02:00.
    CHECK(SeriesPlanner::toUtc(QDate(2027, 10, 31), QTime(2, 30)) == utc(2027, 10, 31, 0, 30));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 10, 31), QTime(3, 0)) == utc(2027, 10, 31, 2, 0));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 7, 1), QTime(13, 0)) == utc(2027, 7, 1, 11, 0));
    CHECK(SeriesPlanner::toUtc(QDate(2027, 1, 1), QTime(0, 0)) == utc(2026, 12, 31, 23, 0));
}

TEST_CASE("a series at 02:30 from the last Sunday of March meets at 03:30 that day",
    "[chair][schedule][dst]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    tf::test::ChairFixture fixture(workspace);
    MeetingSeries series = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 3, 28), QTime(2, 30));
    series.skipHolidays = false;
    const MeetingSeries created = SchedulingService(workspace).create(series, QDate(2027, 3, 1));
    const auto meetings = workspace.series().meetings(created.id);
    REQUIRE(meetings.size() >= 2);
    CHECK(meetings.at(0).meeting.startUtc == utc(2027, 3, 28, 1, 30));
    CHECK(localTime(meetings.at(0).meeting.startUtc) == QTime(3, 30));
    // The next one, in summer time, at the series' own time again.
    CHECK(meetings.at(1).meeting.startUtc == utc(2027, 4, 11, 0, 30));
    CHECK(localTime(meetings.at(1).meeting.startUtc) == QTime(2, 30));
}
