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

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
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

TEST_CASE("the calendar opens on the next meeting and a day's click chooses its meeting",
    "[chair][gui][calendar]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const QDate today(2027, 1, 20);
    const MeetingSeries series
        = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    const auto meetings = workspace.series().meetings(series.id);

    ChairView view(workspace);
    view.setToday(today);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // 5 January is past: the next meeting is on 2 February.
    CHECK(view.currentMeetingId() == meetings.at(2).meeting.id);
    // The list starts at the coming meetings.
    auto *list = child<QTableView>(&view, "meetingTableWidget");
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("tis 2027-02-02"));

    // A click on 16 February in the month view chooses that meeting.
    auto *month = child<QCalendarWidget>(&view, "monthCalendarWidget");
    child<QTabWidget>(&view, "meetingCalendarTabWidget")->setCurrentIndex(1);
    Q_EMIT month->clicked(QDate(2027, 2, 16));
    CHECK(view.currentMeetingId() == meetings.at(3).meeting.id);

    // Go to a date, then back to today.
    auto *goTo = child<QDateEdit>(&view, "goToDateEdit");
    goTo->setDate(QDate(2027, 6, 1));
    Q_EMIT goTo->editingFinished();
    CHECK(month->selectedDate() == QDate(2027, 6, 1));
    QTest::mouseClick(child<QPushButton>(&view, "todayButton"), Qt::LeftButton);
    CHECK(view.currentMeetingId() == meetings.at(2).meeting.id);
    CHECK(goTo->date() == QDate(2027, 2, 2));
}

TEST_CASE("a unit without coming meetings says so in the list", "[chair][gui][calendar]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    ChairView view(workspace);
    view.setToday(QDate(2027, 1, 1));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    child<QTabWidget>(&view, "meetingCalendarTabWidget")->setCurrentIndex(2);
    CHECK(child<QLabel>(&view, "meetingListEmptyLabel")->isVisible());
    CHECK_FALSE(child<QTableView>(&view, "meetingTableWidget")->isVisible());
    CHECK(child<QLabel>(&view, "meetingListEmptyLabel")
              ->text()
              .startsWith(QStringLiteral("Inga kommande möten")));
}
