// Meeting mode on PostgreSQL when the server goes away or someone else holds
// the row: the window never hangs, says what happened in Swedish, keeps the
// text and saves it as soon as it can.
#include <catch2/catch.hpp>

#include "services/ConnectionWatch.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ChangeFeed.h"
#include "storage/MeetingRepository.h"
#include "support/FullRefresh.h"
#include "support/MinutesFixture.h"
#include "support/OwnPostgresDatabase.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"
#include "ui/shell/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tf;

namespace {
// The item's own notes field, found by the item's title.
NotesEdit *notesOf(QWidget *view, const QString &itemTitle)
{
    const auto edits = view->findChildren<NotesEdit *>(QStringLiteral("notesTextEdit"));
    for (NotesEdit *edit : edits) {
        if (edit->accessibleName().endsWith(itemTitle))
            return edit;
    }
    return nullptr;
}

QString storedNote(Workspace &workspace, qint64 meetingId)
{
    const auto entries = MeetingMinutes(workspace).entries(meetingId);
    return entries.isEmpty() ? QString() : entries.first().text;
}

} // namespace

TEST_CASE("meeting mode rides out a lost connection: the status bar says so and the note is "
          "saved once it is back",
    "[postgres][reconnect][gui]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    const test::ReportedCase row(
        QStringLiteral("PostgreSQL connection dropped while meeting mode types"), 1);
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    const auto items = workspace.meetings().agendaItems(f.meetingId);

    MainWindow window(workspace);
    window.resize(1366, 768);
    window.start(QStringLiteral("Åke Öberg"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    workspace.connectionWatch().setPollInterval(20);
    workspace.changes().setPollInterval(20);
    auto *status = test::child<QLabel>(&window, QStringLiteral("connectionStatusLabel"));
    const QString signedIn = status->text();
    window.showPage(2);
    auto *view = qobject_cast<MeetingModeView *>(window.page(2));
    REQUIRE(view);
    view->openMeeting(f.meetingId);
    NotesEdit *notes = notesOf(view, items.at(0).title);
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Alla var med."));
    REQUIRE(view->saveNow());
    QTest::qWait(100);
    QSignalSpy changes(&workspace.changes(), &ChangeFeed::changed);

    // The server restarts: the session ends and no new one is taken yet.
    server.allowConnections(false);
    REQUIRE(server.terminateConnections() >= 1);
    QTest::keyClicks(notes, QStringLiteral(" Greta har flyttat."));
    REQUIRE(QTest::qWaitFor(
        [&] { return status->text() == QStringLiteral("Frånkopplad – försöker igen"); }));
    QTest::qWait(500); // the typing's save has come and failed
    CHECK(view->editor()->hasPendingChanges());
    CHECK(notes->toPlainText() == QStringLiteral("Alla var med. Greta har flyttat."));
    auto *banner = test::child<QLabel>(view, QStringLiteral("problemBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Anslutningen till databasservern bröts")));

    // Back: nobody types, yet the text is saved and the views read afresh.
    server.allowConnections(true);
    REQUIRE(QTest::qWaitFor([&] { return status->text() == signedIn; }));
    REQUIRE(QTest::qWaitFor([&] { return !view->editor()->hasPendingChanges(); }));
    CHECK(storedNote(workspace, f.meetingId) == QStringLiteral("Alla var med. Greta har flyttat."));
    // The feed subscribes anew at its next look and asks for a full refresh.
    CHECK(QTest::qWaitFor([&] { return test::askedForFullRefresh(changes); }));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("a note whose row someone else holds: the save gives up within a second, says so "
          "and keeps the text",
    "[postgres][locks][gui]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    workspace.limitWaitsForInteractiveUse(); // as the program's window does
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    const auto items = workspace.meetings().agendaItems(f.meetingId);
    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.openMeeting(f.meetingId);
    NotesEdit *notes = notesOf(&view, items.at(0).title);
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Alla var med."));
    REQUIRE(view.saveNow());

    // Another client holds the row in an open transaction (it lets go by
    // itself after 20 s, so a save that waits does not wait for ever).
    const ConnectionSpec spec = server.spec();
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
        other.setHostName(spec.host);
        other.setPort(spec.port);
        other.setUserName(spec.user);
        other.setDatabaseName(spec.databaseName);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '20s'")));
        REQUIRE(other.transaction());
        REQUIRE(hold.exec(QStringLiteral("SELECT id FROM minute_entry FOR UPDATE")));

        QTest::keyClicks(notes, QStringLiteral(" Greta har flyttat."));
        QElapsedTimer waited;
        waited.start();
        CHECK_FALSE(view.saveNow());
        INFO("the save waited " << waited.elapsed() << " ms");
        CHECK(waited.elapsed() < 3000);
        auto *banner = test::child<QLabel>(&view, QStringLiteral("problemBanner"));
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Någon annan sparar just nu")));
        CHECK(notes->toPlainText() == QStringLiteral("Alla var med. Greta har flyttat."));
        CHECK(view.editor()->hasPendingChanges());

        // The other client is done: the text is saved without a keystroke.
        REQUIRE(other.rollback());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    REQUIRE(QTest::qWaitFor([&] { return !view.editor()->hasPendingChanges(); }, 10000));
    CHECK(storedNote(workspace, f.meetingId) == QStringLiteral("Alla var med. Greta har flyttat."));
}
