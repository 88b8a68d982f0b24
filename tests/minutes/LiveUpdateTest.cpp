// Two clients on one database: what one saves shows in the other's views
// without anyone asking, and never over what the other is typing.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace tf;
using tf::test::child;

namespace {
bool tableShows(QTableView *table, const QString &text)
{
    const QAbstractItemModel *rows = table->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data().toString() == text)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("the Åtgärder list shows an action another client recorded", "[changefeed][gui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        mine.setActorId(f.chairId);
        mine.changes().setPollInterval(20);
        ActionsView view(mine);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        test::waitShown(view);
        auto *table = child<QTableView>(&view, QStringLiteral("actionsTableWidget"));
        REQUIRE(table->model()->rowCount() == 0);

        Workspace other(backend.spec);
        other.open();
        Action action;
        action.meetingId = f.meetingId;
        action.what = QStringLiteral("Boka tid hos fotvården");
        action.responsibleId = f.nurseId;
        action.dueDate = QDate::currentDate().addDays(5);
        const qint64 id = other.actions().create(action, f.nurseId);
        REQUIRE(QTest::qWaitFor([&] { return tableShows(table, action.what); }, 20000));

        // The chosen row stays chosen when the list is read again.
        table->setCurrentIndex(table->model()->index(0, 0));
        Action second = action;
        second.what = QStringLiteral("Ringa Gretas dotter");
        second.dueDate = QDate::currentDate().addDays(1);
        other.actions().create(second, f.nurseId);
        REQUIRE(QTest::qWaitFor([&] { return tableShows(table, second.what); }, 20000));
        REQUIRE(table->currentIndex().isValid());
        CHECK(
            table->model()->index(table->currentIndex().row(), 0).data().toString() == action.what);
        auto done = *other.actions().byId(id);
        other.actions().markDone(done, f.nurseId);
        REQUIRE(QTest::qWaitFor([&] { return !tableShows(table, action.what); }, 20000));
        CHECK(table->model()->rowCount() == 1);
    }
}

TEST_CASE("meeting mode shows another client's notes but never in the field being typed in",
    "[changefeed][gui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        mine.setActorId(f.helperId);
        mine.changes().setPollInterval(20);
        const auto items = mine.meetings().agendaItems(f.meetingId);
        REQUIRE(items.size() == 3);

        MeetingModeView view(mine);
        view.resize(1366, 768);
        view.show();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        tf::test::openShown(view, f.meetingId);
        NotesEdit *typing = test::notesOf(&view, items.at(0).title);
        NotesEdit *elsewhere = test::notesOf(&view, items.at(2).title);
        REQUIRE(typing);
        REQUIRE(elsewhere);
        typing->setFocus();
        QTest::keyClicks(typing, QStringLiteral("Alla var med"));
        REQUIRE(view.saveNow());

        // Someone else writes in the same field and in another item's field.
        Workspace other(backend.spec);
        other.open();
        const auto entries = other.minutes().entries(f.meetingId);
        REQUIRE(entries.size() == 1);
        MinuteEntry over = entries.first();
        over.text = QStringLiteral("Skrivet någon annanstans");
        other.minutes().saveEntry(over, f.nurseId);
        MinuteEntry theirs;
        theirs.agendaItemId = items.at(2).id;
        theirs.text = QStringLiteral("Sara ringer apoteket.");
        other.minutes().saveEntry(theirs, f.nurseId);

        REQUIRE(QTest::qWaitFor([&] { return elsewhere->toPlainText() == theirs.text; }, 20000));
        CHECK(typing->toPlainText() == QStringLiteral("Alla var med"));
        CHECK(view.editor()->currentIndex() == 0); // the item walked to stays
        CHECK_FALSE(view.editor()->hasPendingChanges()); // shown, not to be saved back

        // Going on in the refreshed field saves over the new version: no conflict.
        elsewhere->setFocus();
        elsewhere->moveCursor(QTextCursor::End);
        QTest::keyClicks(elsewhere, QStringLiteral(" Klart."));
        REQUIRE(view.saveNow());
        const auto after = other.minutes().entries(f.meetingId);
        bool found = false;
        for (const MinuteEntry &entry : after)
            found = found || entry.text == QStringLiteral("Sara ringer apoteket. Klart.");
        CHECK(found);
    }
}
