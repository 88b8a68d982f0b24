// Meeting mode on PostgreSQL when the server goes away or someone else holds
// the row: the window never hangs, says what happened in Swedish, keeps the
// text and saves it as soon as it can. Notes are saved on a connection and
// thread of their own (NotesWriter): typing goes on while a save waits.
#include <catch2/catch.hpp>

#include "services/ConnectionWatch.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "services/minutes/NotesWriter.h"
#include "storage/ChangeFeed.h"
#include "storage/MeetingRepository.h"
#include "support/FullRefresh.h"
#include "support/MinutesFixture.h"
#include "support/OwnPostgresDatabase.h"
#include "support/RobustnessReport.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"
#include "ui/shell/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace tf;

namespace {

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
    tf::test::openShown(*view, f.meetingId);
    NotesEdit *notes = test::notesOf(view, items.at(0).title);
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

namespace {
// Another client's session that holds every notes row in an open
// transaction until letGo() (or 20 s, so a save that waits does not wait
// for ever).
class NotesRowHolder
{
public:
    explicit NotesRowHolder(const ConnectionSpec &spec)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
        m_db.setHostName(spec.host);
        m_db.setPort(spec.port);
        m_db.setUserName(spec.user);
        m_db.setDatabaseName(spec.databaseName);
        REQUIRE(m_db.open());
        QSqlQuery hold(m_db);
        REQUIRE(hold.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '20s'")));
        REQUIRE(m_db.transaction());
        REQUIRE(hold.exec(QStringLiteral("SELECT id FROM minute_entry FOR UPDATE")));
    }
    ~NotesRowHolder()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    void letGo() { REQUIRE(m_db.rollback()); }

private:
    QSqlDatabase m_db;
};

// Meeting mode on a PostgreSQL database of its own, "Alla var med." typed
// and saved in the first item's notes.
struct TypingOnPostgres
{
    explicit TypingOnPostgres(bool limitWaits)
    {
        workspace.open();
        if (limitWaits)
            workspace.limitWaitsForInteractiveUse(); // as the program's window does
        f = test::makeMinutesFixture(workspace);
        workspace.setActorId(f.helperId);
        view = std::make_unique<MeetingModeView>(workspace);
        view->resize(1366, 768);
        view->show();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        tf::test::openShown(*view, f.meetingId);
        notes
            = test::notesOf(view.get(), workspace.meetings().agendaItems(f.meetingId).at(0).title);
        REQUIRE(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Alla var med."));
        REQUIRE(view->saveNow());
    }

    test::OwnPostgresDatabase server;
    Workspace workspace {server.spec()};
    test::MinutesFixture f;
    std::unique_ptr<MeetingModeView> view;
    NotesEdit *notes = nullptr;
};
} // namespace

TEST_CASE("a note whose row someone else holds: the save gives up within a second, says so "
          "and keeps the text",
    "[postgres][locks][gui]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    TypingOnPostgres typing(true);
    MeetingModeView &view = *typing.view;
    {
        NotesRowHolder other(typing.server.spec());
        QTest::keyClicks(typing.notes, QStringLiteral(" Greta har flyttat."));
        QElapsedTimer waited;
        waited.start();
        CHECK_FALSE(view.saveNow());
        INFO("the save waited " << waited.elapsed() << " ms");
        CHECK(waited.elapsed() < 3000);
        auto *banner = test::child<QLabel>(&view, QStringLiteral("problemBanner"));
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Någon annan sparar just nu")));
        CHECK(typing.notes->toPlainText() == QStringLiteral("Alla var med. Greta har flyttat."));
        CHECK(view.editor()->hasPendingChanges());

        // The other client is done: the text is saved without a keystroke.
        other.letGo();
    }
    REQUIRE(QTest::qWaitFor([&] { return !view.editor()->hasPendingChanges(); }, 10000));
    CHECK(storedNote(typing.workspace, typing.f.meetingId)
        == QStringLiteral("Alla var med. Greta har flyttat."));
}

TEST_CASE("meeting mode types on while the server holds a note's save, and saves all of it "
          "after",
    "[postgres][locks][gui]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    TypingOnPostgres typing(false); // the save waits as long as the row is held
    MeetingModeView &view = *typing.view;
    CHECK(typing.workspace.notesWriter().hasOwnConnection());
    NotesRowHolder other(typing.server.spec());
    QTest::keyClicks(typing.notes, QStringLiteral(" Greta"));
    // The save goes 300 ms after the last key and waits for the row.
    REQUIRE(QTest::qWaitFor([&] { return view.editor()->isSaving(); }));
    // Meanwhile the window is the writer's: keys land, timers run.
    QTest::keyClicks(typing.notes, QStringLiteral(" har flyttat."));
    QTest::qWait(600);
    CHECK(view.editor()->isSaving());
    CHECK(typing.notes->toPlainText() == QStringLiteral("Alla var med. Greta har flyttat."));
    CHECK(storedNote(typing.workspace, typing.f.meetingId) == QStringLiteral("Alla var med."));

    // Let go: the waiting save is made, then what was typed meanwhile.
    other.letGo();
    REQUIRE(QTest::qWaitFor([&] { return !view.editor()->hasPendingChanges(); }, 10000));
    CHECK_FALSE(view.editor()->isSaving());
    CHECK(storedNote(typing.workspace, typing.f.meetingId)
        == QStringLiteral("Alla var med. Greta har flyttat."));
}

TEST_CASE("a meeting opened after the server restarted is read on a new connection, without a "
          "message",
    "[postgres][reconnect][gui]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    workspace.limitWaitsForInteractiveUse();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    MeetingModeView view(workspace);
    test::openShown(view, f.meetingId, false);
    REQUIRE(workspace.readsBeside().hasOwnConnection());

    // The server restarts between two readings: every session ends.
    REQUIRE(server.terminateConnections() >= 1);
    test::ShownMessages shown(QMessageBox::Ok);
    test::openShown(view, f.meetingId, false);
    CHECK(shown.texts.isEmpty());
    CHECK(view.meetingId() == f.meetingId);
    CHECK(test::notesOf(&view, workspace.meetings().agendaItems(f.meetingId).at(0).title));
}
