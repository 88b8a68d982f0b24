// The server ends the program's PostgreSQL connection (a restart,
// pg_terminate_backend): the program notices, opens it again by itself,
// has the views read afresh, never sends a write twice and loses nothing
// it said was saved.
#include <catch2/catch.hpp>

#include "services/ConnectionWatch.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"
#include "storage/Transaction.h"
#include "support/FullRefresh.h"
#include "support/MinutesFixture.h"
#include "support/OwnPostgresDatabase.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tf;

namespace {
QString storedText(MeetingMinutes &minutes, qint64 meetingId)
{
    const auto entries = minutes.entries(meetingId);
    return entries.size() == 1 ? entries.first().text
                               : QStringLiteral("(%1 rows)").arg(entries.size());
}
} // namespace

TEST_CASE("a save cut by the server is reported as not saved, and the program reconnects",
    "[postgres][reconnect]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    const test::ReportedCase row(QStringLiteral("PostgreSQL connection dropped mid-save"), 1);
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    ChangeFeed &feed = workspace.changes();
    feed.setPollInterval(20);
    ConnectionWatch &watch = workspace.connectionWatch();
    watch.setPollInterval(20);
    QSignalSpy lost(&watch, &ConnectionWatch::connectionLost);
    QSignalSpy back(&watch, &ConnectionWatch::reconnected);
    MeetingMinutes minutes(workspace);
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(0);
    entry.text = QStringLiteral("Alla var med.");
    entry = minutes.saveEntry(entry);
    QTest::qWait(100); // the feed has subscribed
    QSignalSpy changes(&feed, &ChangeFeed::changed);

    // The server ends the session after the row was written, before the
    // commit; it takes no new connections for a while (a restart).
    server.allowConnections(false);
    bool reported = false;
    try {
        Transaction transaction(workspace.database());
        MinuteEntry longer = entry;
        longer.text = QStringLiteral("Alla var med. Greta har flyttat.");
        workspace.minutes().saveEntry(longer, f.helperId);
        REQUIRE(server.terminateConnections() >= 1);
        transaction.commit();
    } catch (const StorageError &error) {
        reported = true;
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
        CHECK(error.userMessage().contains(QStringLiteral("sparades inte")));
    }
    CHECK(reported);
    REQUIRE(QTest::qWaitFor([&] { return lost.count() == 1; }));
    CHECK_FALSE(watch.isConnected());

    // Meanwhile a save fails at once with the same report.
    MinuteEntry meanwhile = entry;
    meanwhile.text = QStringLiteral("Skrivet under avbrottet.");
    try {
        minutes.saveEntry(meanwhile);
        FAIL("saved without a connection");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
    }

    server.allowConnections(true);
    REQUIRE(QTest::qWaitFor([&] { return back.count() == 1; }));
    CHECK(watch.isConnected());
    CHECK(lost.count() == 1);
    // Notifications sent meanwhile are lost: the views are told to read
    // everything again.
    REQUIRE(QTest::qWaitFor([&] { return test::askedForFullRefresh(changes); }));

    // Neither cut write reached the store, and nothing was sent again.
    CHECK(storedText(minutes, f.meetingId) == entry.text);
    meanwhile = minutes.entries(f.meetingId).first();
    meanwhile.text = QStringLiteral("Skrivet under avbrottet.");
    minutes.saveEntry(meanwhile);
    CHECK(storedText(minutes, f.meetingId) == meanwhile.text);
}

TEST_CASE("a read on a connection the server ended opens it again once and reads",
    "[postgres][reconnect]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    const test::ReportedCase row(QStringLiteral("PostgreSQL connection dropped while idle"), 1);
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.helperId);
    ConnectionWatch &watch = workspace.connectionWatch();
    QSignalSpy back(&watch, &ConnectionWatch::reconnected);
    MeetingMinutes minutes(workspace);
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(1);
    entry.text = QStringLiteral("Greta mår bra.");
    minutes.saveEntry(entry);

    // Idle, the connection is ended; the next read meets it gone.
    REQUIRE(server.terminateConnections() >= 1);
    CHECK(storedText(minutes, f.meetingId) == entry.text);
    CHECK(workspace.database().reconnectCount() == 1);
    // The watch hears of the reconnect it did not make, so unsaved text
    // elsewhere is saved now.
    watch.check();
    CHECK(back.count() == 1);

    // A write on an ended connection is reported, not sent again.
    REQUIRE(server.terminateConnections() >= 1);
    MinuteEntry next = minutes.entries(f.meetingId).first();
    REQUIRE(server.terminateConnections() >= 1);
    next.text = QStringLiteral("Greta mår bra. Ny rullator.");
    CHECK_THROWS_AS(minutes.saveEntry(next), StorageError);
    CHECK(storedText(minutes, f.meetingId) == entry.text);
}

TEST_CASE("the database knows its connection is gone once the server has ended it",
    "[postgres][reconnect]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    test::OwnPostgresDatabase server;
    Workspace workspace(server.spec());
    workspace.open();
    REQUIRE(workspace.database().postgresHandle() != nullptr);
    CHECK_FALSE(workspace.database().isConnectionLost());
    server.allowConnections(false);
    REQUIRE(server.terminateConnections() >= 1);
    QSqlQuery probe(workspace.database().connection());
    CHECK_FALSE(probe.exec(QStringLiteral("SELECT 1")));
    CHECK(workspace.database().isConnectionLost());
    server.allowConnections(true);
}
