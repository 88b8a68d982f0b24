// A series' meetings exist up to its end date, and an open-ended series'
// meetings as far as someone looks.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::ChairFixture;

namespace {
QDate localDate(const SeriesMeeting &entry)
{
    return entry.meeting.startUtc.toTimeZone(SeriesPlanner::stockholm()).date();
}
} // namespace

TEST_CASE("a series planned to the end of the year has its December meetings",
    "[chair][schedule][horizon]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        // Planned on 4 December 2026: a year ahead would end on 4 December 2027.
        MeetingSeries series = SchedulingService::fromTemplate(
            fixture.teammote, fixture.unitId, QDate(2027, 1, 5), QTime(13, 0));
        series.untilDate = QDate(2027, 12, 31);
        const MeetingSeries created = SchedulingService(workspace).create(series, {2026, 12, 4});
        CHECK(created.generatedUntil == QDate(2027, 12, 31));
        const auto meetings = workspace.series().meetings(created.id);
        REQUIRE(meetings.size() == 26);
        CHECK(localDate(meetings.at(24)) == QDate(2027, 12, 7));
        CHECK(localDate(meetings.last()) == QDate(2027, 12, 21));
    }
}

TEST_CASE("an open-ended series is planned as far as someone looks", "[chair][schedule][horizon]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    const MeetingSeries series
        = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    CHECK(workspace.series().meetings(series.id).size() == 26);
    SchedulingService service(workspace);
    // Looking at June 2028: every other Tuesday up to 20 June 2028, but not
    // on the national day (6 June).
    CHECK(service.extendWindow(fixture.unitId, QDate(2027, 1, 1), QDate(2028, 6, 30)) == 12);
    const auto meetings = workspace.series().meetings(series.id);
    CHECK(localDate(meetings.last()) == QDate(2028, 6, 20));
    // Looking nearer again removes nothing and adds nothing.
    CHECK(service.extendWindow(fixture.unitId, QDate(2027, 1, 1), QDate(2027, 3, 1)) == 0);
    CHECK(workspace.series().meetings(series.id).size() == 38);
}

TEST_CASE("a series ending far off is planned five years ahead, then as far as someone looks",
    "[chair][schedule][horizon]")
{
    MeetingSeries series;
    series.startDate = QDate(2027, 1, 5);
    series.untilDate = QDate(2040, 12, 31);
    const QDate today(2027, 1, 1);
    CHECK(SchedulingService::plannedUntil(series, today) == QDate(2032, 1, 1));
    CHECK(SchedulingService::plannedUntil(series, today, QDate(2035, 3, 1)) == QDate(2035, 3, 1));
    CHECK(SchedulingService::plannedUntil(series, today, QDate(2045, 1, 1)) == QDate(2040, 12, 31));
    series.untilDate = QDate(2027, 6, 30);
    CHECK(SchedulingService::plannedUntil(series, today) == QDate(2027, 6, 30));
}
