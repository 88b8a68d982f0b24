#include <catch2/catch.hpp>

#include "domain/MeetingTimer.h"
#include "models/SearchHitListModel.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/SearchView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tf;
using tf::test::checkSwedishAndNamed;

TEST_CASE(
    "the Åtgärder list shows the unit's actions by filter and marks them done", "[actions-ui][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    const QDate today = QDate::currentDate();
    Action late;
    late.meetingId = f.meetingId;
    late.what = QStringLiteral("Beställ rullator");
    late.responsibleId = f.nurseId;
    late.dueDate = today.addDays(-3);
    const qint64 lateId = workspace.actions().create(late, f.chairId);
    Action later = late;
    later.what = QStringLiteral("Ny genomförandeplan");
    later.responsibleId = f.helperId;
    later.dueDate = today.addDays(20);
    workspace.actions().create(later, f.chairId);

    ActionsView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    checkSwedishAndNamed(&view);
    auto *table = view.findChild<QTableView *>(QStringLiteral("actionsTableWidget"));
    auto *filter = view.findChild<QComboBox *>(QStringLiteral("actionsFilterComboBox"));
    auto *person = view.findChild<QComboBox *>(QStringLiteral("actionsPersonComboBox"));
    REQUIRE(table);
    const QAbstractItemModel *rows = table->model();
    const auto cell
        = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
    CHECK(rows->rowCount() == 2); // open
    // Reading the list again (another client's change) keeps the chosen action.
    const int chosen = cell(0, 0) == late.what ? 1 : 0;
    table->setCurrentIndex(rows->index(chosen, 0));
    view.refresh();
    CHECK(table->currentIndex().data().toString() == QStringLiteral("Ny genomförandeplan"));
    CHECK(rows->headerData(5, Qt::Horizontal).toString() == QStringLiteral("Läge"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("overdue")));
    REQUIRE(rows->rowCount() == 1);
    CHECK(cell(0, 0) == QStringLiteral("Beställ rullator"));
    CHECK(cell(0, 5) == QStringLiteral("Försenad"));

    table->setFocus();
    table->setCurrentIndex(rows->index(0, 0));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    CHECK(rows->rowCount() == 0);
    const auto done = workspace.actions().byId(lateId);
    CHECK(done->status == ActionStatus::Done);
    CHECK(done->doneById == f.helperId);
    filter->setCurrentIndex(filter->findData(QStringLiteral("done")));
    REQUIRE(rows->rowCount() == 1);
    CHECK(cell(0, 5).contains(QStringLiteral("av Åke Öberg")));

    filter->setCurrentIndex(filter->findData(QStringLiteral("open")));
    person->setCurrentIndex(person->findData(f.helperId));
    REQUIRE(rows->rowCount() == 1);
    CHECK(cell(0, 0) == QStringLiteral("Ny genomförandeplan"));
    checkSwedishAndNamed(&view);
}

TEST_CASE("search shows hits with the words in bold and opens the meeting", "[search][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(1);
    entry.text = QStringLiteral("Greta har svårt att äta, nutritionsbedömning behövs.");
    workspace.minutes().saveEntry(entry, f.helperId);

    SearchView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *query = view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    REQUIRE(query);
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("nutrition"));
    QTest::keyClick(query, Qt::Key_Return);
    CHECK(view.hitCount() == 1);
    auto *results = view.findChild<QListView *>(QStringLiteral("searchResultsBrowser"));
    REQUIRE(results);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("searchSummaryLabel"));
    CHECK(summary->text() == QStringLiteral("1 träff"));
    REQUIRE(results->model()->rowCount() == 1);
    const QModelIndex hit = results->model()->index(0, 0);
    CHECK(hit.data().toString().contains(QStringLiteral("nutritionsbedömning")));
    CHECK(hit.data(SearchHitListModel::HtmlRole).toString().contains(QStringLiteral("<b>")));
    CHECK(results->visualRect(hit).height() > results->fontMetrics().height()); // two lines
    checkSwedishAndNamed(&view);
    // The hit shows the client's notes: the search logged the read.
    AccessLogFilter filter;
    filter.clientId = f.clientId;
    const auto reads = workspace.accessLog().find(filter);
    REQUIRE(reads.size() == 1);
    CHECK(reads.first().kind == AccessKind::Search);
    CHECK(reads.first().purpose == QStringLiteral("search"));

    QSignalSpy open(&view, &SearchView::openMeeting);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
    REQUIRE(open.size() == 1);
    CHECK(open.first().first().toLongLong() == f.meetingId);
    CHECK(open.first().at(1).toLongLong() == f.itemIds.at(1)); // at the note's item

    view.search(QStringLiteral("äta"));
    CHECK(view.hitCount() == 1);
    view.search(QStringLiteral("ata"));
    CHECK(view.hitCount() == 0);
}

TEST_CASE(
    "search says how many hits there are, shows 50 and fetches the next page", "[search][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f
        = test::makeMinutesFixture(workspace, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    for (int day = 1; day <= 60; ++day) {
        const qint64 meetingId = test::addMeeting(
            workspace, f, QDateTime(QDate(2026, 3, 2).addDays(day), QTime(8, 0), Qt::UTC));
        MinuteEntry entry;
        entry.agendaItemId = workspace.meetings().agendaItems(meetingId).first().id;
        entry.text = QStringLiteral("Riskbedömning av fallrisk gjord, dag %1.").arg(day);
        workspace.minutes().saveEntry(entry, f.helperId);
    }

    SearchView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.search(QStringLiteral("riskbedömningar"));
    auto *results = view.findChild<QListView *>(QStringLiteral("searchResultsBrowser"));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("searchSummaryLabel"));
    auto *more = view.findChild<QPushButton *>(QStringLiteral("searchMoreButton"));
    REQUIRE(results);
    REQUIRE(summary);
    REQUIRE(more);
    CHECK(view.hitCount() == 60);
    CHECK(results->model()->rowCount() == 50);
    CHECK(summary->text() == QStringLiteral("60 träffar, de 50 senaste visas"));
    CHECK(more->isVisible());
    checkSwedishAndNamed(&view);
    QTest::mouseClick(more, Qt::LeftButton);
    CHECK(results->model()->rowCount() == 60);
    CHECK(summary->text() == QStringLiteral("60 träffar"));
    CHECK_FALSE(more->isVisible());
    // The oldest hit comes last: the first day's note.
    CHECK(results->model()->index(59, 0).data().toString().contains(QStringLiteral("dag 1.")));
    // A new search starts from its first page again.
    view.search(QStringLiteral("dag 7"));
    CHECK(view.hitCount() == 1);
    CHECK_FALSE(more->isVisible());
}

TEST_CASE("a search with more hits than are counted says more than the limit and pages on",
    "[search][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    // The hits are agenda titles, one item each.
    const int notes = kSearchCountLimit + 20;
    for (int i = 1; i <= notes; ++i) {
        AgendaItem item;
        item.meetingId = f.meetingId;
        item.title = QStringLiteral("Vikten kontrollerad, gång %1").arg(i);
        workspace.meetings().addAgendaItem(item, f.chairId);
    }

    SearchView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.search(QStringLiteral("vikten"));
    auto *results = view.findChild<QListView *>(QStringLiteral("searchResultsBrowser"));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("searchSummaryLabel"));
    auto *more = view.findChild<QPushButton *>(QStringLiteral("searchMoreButton"));
    REQUIRE(results);
    REQUIRE(summary);
    REQUIRE(more);
    CHECK(view.hitCount() == kSearchCountLimit + 1);
    CHECK(results->model()->rowCount() == kSearchPageSize);
    const QString limit = QLocale().toString(kSearchCountLimit);
    CHECK(summary->text() == QStringLiteral("Fler än %1 träffar, de 50 senaste visas").arg(limit));
    CHECK(more->isVisible());
    checkSwedishAndNamed(&view);
    // Past the limit the pages go on while they come back full.
    while (results->model()->rowCount() < kSearchCountLimit) {
        QTest::mouseClick(more, Qt::LeftButton);
        CHECK(more->isVisible());
    }
    CHECK(summary->text() == QStringLiteral("Fler än %1 träffar, de %1 senaste visas").arg(limit));
    // The last page is short: now every hit is shown and counted.
    QTest::mouseClick(more, Qt::LeftButton);
    CHECK(results->model()->rowCount() == notes);
    CHECK(view.hitCount() == notes);
    CHECK(summary->text() == QStringLiteral("%1 träffar").arg(notes));
    CHECK_FALSE(more->isVisible());
}

TEST_CASE("a search hit opens meeting mode at the matching agenda item", "[search][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    workspace.setActorId(1);
    const auto f = test::makeMinutesFixture(workspace);
    MeetingModeView meetingMode(workspace);
    meetingMode.show();
    REQUIRE(QTest::qWaitForWindowExposed(&meetingMode));
    tf::test::openShown(meetingMode, f.meetingId, false, f.itemIds.at(2));
    CHECK(meetingMode.editor()->currentIndex() == 2);
    CHECK(meetingMode.editor()->currentItem().id == f.itemIds.at(2));
    // An item that is not the meeting's (removed since): the first item.
    tf::test::openShown(meetingMode, f.meetingId, false, f.itemIds.at(2) + 1000);
    CHECK(meetingMode.editor()->currentIndex() == 0);
}

TEST_CASE("the meeting clock shares the template's minutes among the items", "[minutes]")
{
    MeetingTimer timer;
    timer.start(5, 5); // a pulsmöte: five minutes
    CHECK(timer.itemBudgetSeconds() == 60);
    timer.advance(45);
    CHECK(timer.itemSecondsLeft() == 15);
    CHECK_FALSE(timer.itemOverrun());
    timer.advance(30);
    CHECK(timer.itemOverrun());
    CHECK(MeetingTimer::clockText(timer.itemSecondsLeft()) == QStringLiteral("-0:15"));
    timer.setCurrentItem(1);
    CHECK(timer.itemSecondsLeft() == 60);
    CHECK(timer.meetingSecondsLeft() == 225);
    CHECK(MeetingTimer::clockText(timer.meetingSecondsLeft()) == QStringLiteral("3:45"));
    timer.advance(240);
    CHECK(timer.meetingOverrun());
}

TEST_CASE("a search hit on a note the client objects to or that was corrected says so",
    "[search][gui][objection]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(1); // the client's item
    entry.text = QStringLiteral("Greta äter dåligt, nutritionsbedömning behövs.");
    entry = workspace.minutes().saveEntry(entry, f.helperId);
    MinuteEntry other;
    other.agendaItemId = f.itemIds.at(0);
    other.text = QStringLiteral("Nutritionsombud väljs nästa gång.");
    workspace.minutes().saveEntry(other, f.helperId);
    Objections objections(workspace);
    objections.correctNote(entry.id,
        QStringLiteral("Greta äter lite på kvällen, nutritionsbedömning behövs."),
        QStringLiteral("Gällde bara kvällen"));
    objections.againstNote(entry.id, QStringLiteral("Jag äter som vanligt"));

    SearchView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.search(QStringLiteral("nutrition"));
    auto *results = view.findChild<QListView *>(QStringLiteral("searchResultsBrowser"));
    REQUIRE(results->model()->rowCount() == 2);
    QModelIndex onNote;
    QModelIndex plain;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = results->model()->index(row, 0);
        (index.data().toString().contains(QStringLiteral("kvällen")) ? onNote : plain) = index;
    }
    REQUIRE(onNote.isValid());
    REQUIRE(plain.isValid());
    CHECK(onNote.data().toString().contains(QStringLiteral("Kunden invänder mot anteckningen")));
    CHECK(onNote.data().toString().contains(QStringLiteral("Anteckningen är rättad")));
    CHECK(onNote.data(SearchHitListModel::HtmlRole)
              .toString()
              .contains(QStringLiteral("Kunden invänder mot anteckningen")));
    const QString tip = onNote.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("uppgiften anses oriktig")));
    CHECK(tip.contains(QStringLiteral("Jag äter som vanligt")));
    CHECK(tip.contains(QStringLiteral("Texten före rättelsen: Greta äter dåligt")));
    CHECK(tip.contains(QStringLiteral("Skäl till rättelsen: Gällde bara kvällen")));
    CHECK_FALSE(plain.data().toString().contains(QStringLiteral("invänder")));
    CHECK(plain.data(Qt::ToolTipRole).isNull());
    test::saveScreenshotIfAsked(&view, QStringLiteral("sok-invandning"));
    checkSwedishAndNamed(&view);
}
