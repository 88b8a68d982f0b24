// The chair's week at 1366×768: every meeting shows its whole title and
// note, never "Samord…" or "Dubbelb…".
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/TemplateRepository.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/ChairView.h"
#include "ui/common/WrappingDelegate.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tf;

TEST_CASE("the week shows every meeting in full at 1366×768", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    // The longest forum name of the routine, as the week shows forum names.
    ForumTemplate samordning = fixture.teammote;
    samordning.name = QStringLiteral("Samordningsmöte hälso- och sjukvård");
    workspace.templates().save(samordning, fixture.chairId);
    fixture.teammote = *workspace.templates().byId(samordning.id);
    SchedulingService service(workspace);
    MeetingSeries daily = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 3, 15), QTime(8, 30));
    daily.title = QStringLiteral("Daglig avstämning med samordningsansvariga");
    daily.rrule = QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
    daily.untilDate = QDate(2027, 3, 19);
    service.create(daily, QDate(2027, 1, 1));
    // The same team a quarter of an hour later: both meetings are double-booked.
    MeetingSeries overlapping = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 3, 16), QTime(8, 45));
    overlapping.untilDate = QDate(2027, 3, 16);
    service.create(overlapping, QDate(2027, 1, 1));

    ChairView view(workspace);
    view.setToday(QDate(2027, 3, 15));
    view.resize(1366 - 190, 740); // the navigation takes the rest of the screen
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showDate(QDate(2027, 3, 16));
    auto *week = test::child<QTableWidget>(&view, "weekTableWidget");
    QApplication::processEvents();

    int cells = 0;
    for (int row = 0; row < week->rowCount(); ++row) {
        for (int column = 0; column < week->columnCount(); ++column) {
            const QTableWidgetItem *item = week->item(row, column);
            if (!item)
                continue;
            ++cells;
            INFO(item->text().toStdString());
            const QStringList lines = WrappingDelegate::lines(
                item->text(), week->font(), week->columnWidth(column) - 6);
            // Every character is drawn ...
            CHECK(lines.join(QString()).remove(QChar(0x00AD))
                == QString(item->text()).remove(QLatin1Char('\n')));
            // ... and the row is tall enough for every line.
            CHECK(week->rowHeight(row)
                >= int(lines.size()) * QFontMetrics(week->font()).lineSpacing());
        }
    }
    CHECK(cells == 6);
    test::saveScreenshotIfAsked(&view, QStringLiteral("chair-week"));

    // The list: every column in sight, no text cut.
    auto *tabs = test::child<QTabWidget>(&view, "meetingCalendarTabWidget");
    tabs->setCurrentIndex(2);
    auto *list = test::child<QTableView>(&view, "meetingTableWidget");
    QApplication::processEvents();
    REQUIRE(list->model()->rowCount() == 6);
    const int columns = list->model()->columnCount();
    CHECK(list->horizontalHeader()->sectionPosition(columns - 1)
            + list->horizontalHeader()->sectionSize(columns - 1)
        <= list->viewport()->width());
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        for (int column = 0; column < columns; ++column) {
            const QString text = list->model()->index(row, column).data().toString();
            INFO(text.toStdString());
            const QStringList lines
                = WrappingDelegate::lines(text, list->font(), list->columnWidth(column) - 6);
            CHECK(list->rowHeight(row)
                >= int(lines.size()) * QFontMetrics(list->font()).lineSpacing());
        }
    }
    test::saveScreenshotIfAsked(&view, QStringLiteral("chair-list"));
}
