// The calendar's list: a chair finds a meeting and what needs attention
// there, and choosing a row opens that meeting.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ChairView.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tf;
using tf::test::child;

TEST_CASE(
    "the chair's meeting list opens the chosen meeting and flags late invitations", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    workspace.setActorId(fixture.chairId);
    const QDate today(2027, 1, 1);
    const MeetingSeries series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), today);
    const auto meetings = workspace.series().meetings(series.id);
    REQUIRE(meetings.size() >= 3);
    // The dietitian is invited four days ahead; the unit asks for seven.
    Participant adjunct;
    adjunct.meetingId = meetings.at(0).meeting.id;
    adjunct.personId = fixture.dietistId;
    adjunct.role = QStringLiteral("Dietist");
    adjunct.adjunct = true;
    adjunct.invitedOn = today;
    workspace.meetings().setParticipant(adjunct, fixture.chairId);

    ChairView view(workspace);
    view.setToday(today);
    view.showDate(QDate(2027, 1, 5));
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    child<QTabWidget>(&view, "meetingCalendarTabWidget")->setCurrentIndex(2);
    auto *list = child<QTableView>(&view, "meetingTableWidget");
    QAbstractItemModel *model = list->model();
    REQUIRE(model->rowCount() == meetings.size());
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("tis 2027-01-05"));
    CHECK(model->index(0, 1).data().toString().startsWith(QStringLiteral("13:00–")));
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Teammöte"));
    CHECK(model->index(0, 4).data().toString() == QStringLiteral("Planerat"));
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("Adjungerad sent inbjuden"));
    CHECK(model->index(1, 5).data().toString().isEmpty());

    // A click on a row, then Down: the meeting beside the list follows.
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(1, 2)).center());
    CHECK(view.currentMeetingId() == meetings.at(1).meeting.id);
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(view.currentMeetingId() == meetings.at(2).meeting.id);

    // A meeting chosen elsewhere is the list's current row.
    view.selectMeeting(meetings.at(0).meeting.id);
    CHECK(list->currentIndex().row() == 0);
    CHECK(list->selectionModel()->isRowSelected(0, QModelIndex()));
}
