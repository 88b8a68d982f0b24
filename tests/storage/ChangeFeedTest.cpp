#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "services/minutes/NotesWriter.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "support/MinutesFixture.h"
#include "support/OwnPostgresDatabase.h"
#include "support/TestBackends.h"

#include <QSignalSpy>
#include <QTest>

using namespace tf;
using tf::test::testBackends;

namespace {
MinuteEntry note(qint64 itemId, const QString &text)
{
    MinuteEntry entry;
    entry.agendaItemId = itemId;
    entry.text = text;
    return entry;
}

// Generous: the feed polls every 20 ms here; this only bounds a failure.
bool waitFor(const QSignalSpy &spy, qsizetype count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, 20000);
}
} // namespace

TEST_CASE("a change committed by another client is signalled", "[changefeed]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        ChangeFeed &feed = mine.changes();
        feed.setPollInterval(20);
        QSignalSpy spy(&feed, &ChangeFeed::changed);

        Workspace other(backend.spec);
        other.open();
        const MinuteEntry saved = other.minutes().saveEntry(
            note(f.itemIds.at(0), QStringLiteral("Sara tar kontakt med anhöriga.")), f.nurseId);

        REQUIRE(waitFor(spy, 1));
        CHECK(spy.first().at(0).toString() == QStringLiteral("minute_entry"));
        CHECK(spy.first().at(1).toLongLong() == saved.id);
        // What the user relies on: reading after the signal shows the text.
        const auto entries = mine.minutes().entries(f.meetingId);
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().text == QStringLiteral("Sara tar kontakt med anhöriga."));
    }
}

TEST_CASE("changes keep coming after the client has read one back", "[changefeed]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        ChangeFeed &feed = mine.changes();
        feed.setPollInterval(20);
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        Workspace other(backend.spec);
        other.open();
        // Each signal read at once, as a view may, and once more later.
        QStringList seen;
        QObject::connect(&feed, &ChangeFeed::changed, &feed, [&] {
            for (const MinuteEntry &entry : mine.minutes().entries(f.meetingId))
                seen << entry.text;
            // A read of one row by id leaves its statement before the end.
            CHECK(mine.people().byId(f.nurseId).has_value());
        });
        MinuteEntry typed = note(f.itemIds.at(0), QString());
        for (int round = 1; round <= 3; ++round) {
            typed.text = QStringLiteral("Anteckning %1").arg(round);
            typed = other.minutes().saveEntry(typed, f.nurseId);
            REQUIRE(waitFor(spy, round));
            CHECK(seen.last() == typed.text);
            const auto entries = mine.minutes().entries(f.meetingId);
            REQUIRE(entries.size() == 1);
            CHECK(entries.first().text == typed.text);
        }
        // A burst: many changes arrive while the first ones are being read.
        for (int round = 4; round <= 40; ++round) {
            typed.text = QStringLiteral("Anteckning %1").arg(round);
            typed = other.minutes().saveEntry(typed, f.nurseId);
        }
        // Changes of one row may be folded into one signal; the last text
        // must be seen.
        CHECK(
            QTest::qWaitFor([&] { return seen.last() == QStringLiteral("Anteckning 40"); }, 20000));
    }
}

TEST_CASE("a client's own saves are not signalled back to it", "[changefeed]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const auto f = test::makeMinutesFixture(mine);
        ChangeFeed &feed = mine.changes();
        feed.setPollInterval(20);
        QSignalSpy spy(&feed, &ChangeFeed::changed);

        // The secretary types: twenty saves of one field.
        MinuteEntry typing = note(f.itemIds.at(0), QString());
        for (int i = 0; i < 20; ++i) {
            typing.text += QStringLiteral("ord ");
            typing = mine.minutes().saveEntry(typing, f.helperId);
        }
        feed.check();
        CHECK(spy.isEmpty());

        // Then someone else saves once. Notifications come in commit order,
        // so had our own come back they would be here before this one.
        Workspace other(backend.spec);
        other.open();
        const MinuteEntry theirs
            = other.minutes().saveEntry(note(f.itemIds.at(2), QStringLiteral("Klart.")), f.nurseId);
        REQUIRE(waitFor(spy, 1));
        QTest::qWait(100); // room for anything else that might still arrive
        REQUIRE(spy.count() == 1);
        CHECK(spy.first().at(1).toLongLong() == theirs.id);
    }
}

TEST_CASE("a large batch by another client is one full refresh", "[changefeed]")
{
    // SQLite reads what changed from change_log; a year of meetings is too
    // much to name row by row.
    const auto backend = test::sqliteBackend();
    Workspace mine(backend.spec);
    mine.open();
    const auto f = test::makeMinutesFixture(mine);
    ChangeFeed &feed = mine.changes();
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    Workspace other(backend.spec);
    other.open();
    auto entry = note(f.itemIds.at(0), QString());
    for (int i = 0; i < 600; ++i) {
        entry.text = QString::number(i);
        entry = other.minutes().saveEntry(entry, f.nurseId);
    }
    for (int i = 0; i < 600; ++i) { // distinct rows: agenda items
        AgendaItem item;
        item.meetingId = f.meetingId;
        item.title = QStringLiteral("Punkt %1").arg(i);
        other.meetings().addAgendaItem(item, f.chairId);
    }
    feed.check();
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().at(0).toString().isEmpty());
    // Then it goes on naming single changes.
    other.minutes().saveEntry(note(f.itemIds.at(2), QStringLiteral("Klart.")), f.nurseId);
    feed.check();
    REQUIRE(spy.count() == 2);
    CHECK(spy.at(1).at(0).toString() == QStringLiteral("minute_entry"));
}

TEST_CASE("after a reconnect the feed subscribes again and asks for a full refresh",
    "[changefeed][postgres]")
{
    if (!test::postgresConfigured())
        return;
    auto backends = testBackends();
    const auto &backend = backends.last();
    Workspace mine(backend.spec);
    mine.open();
    const auto f = test::makeMinutesFixture(mine);
    ChangeFeed &feed = mine.changes();
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    mine.database().reconnect(); // the server dropped us; LISTEN is gone
    feed.check();
    REQUIRE(spy.count() == 1);
    CHECK(spy.first().at(0).toString().isEmpty()); // read everything again

    Workspace other(backend.spec);
    other.open();
    const MinuteEntry saved
        = other.minutes().saveEntry(note(f.itemIds.at(1), QStringLiteral("Efter avbrottet.")), 0);
    REQUIRE(waitFor(spy, 2));
    CHECK(spy.at(1).at(0).toString() == QStringLiteral("minute_entry"));
    CHECK(spy.at(1).at(1).toLongLong() == saved.id);
}

TEST_CASE("the notes writer's saves are this client's own: the change feed announces only "
          "other clients'",
    "[postgres][changefeed]")
{
    if (!test::postgresConfigured()) {
        WARN("skipped: TEAMFORUM_TEST_PG names no PostgreSQL server");
        return;
    }
    test::OwnPostgresDatabase server;
    Workspace mine(server.spec());
    mine.open();
    const auto f = test::makeMinutesFixture(mine);
    const auto items = mine.meetings().agendaItems(f.meetingId);
    mine.changes().setPollInterval(20);
    QSignalSpy heard(&mine.changes(), &ChangeFeed::changed);

    auto answer = mine.notesWriter().save(
        {note(items.at(0).id, QStringLiteral("Sparat i bakgrunden."))}, f.helperId);
    answer.waitForFinished();
    const NoteSaveResult own = answer.result().value(0);
    REQUIRE_FALSE(own.error);
    REQUIRE(own.saved.id > 0);

    // Another client's note after it: once that is heard, the own one
    // would have been heard before it (notifications come in commit order).
    Workspace theirs(server.spec());
    theirs.open();
    theirs.setActorId(f.chairId);
    const MinuteEntry other
        = MeetingMinutes(theirs).saveEntry(note(items.at(1).id, QStringLiteral("Någon annans.")));
    const auto heardRow = [&](qint64 rowId) {
        for (const QList<QVariant> &signal : std::as_const(heard)) {
            if (signal.at(0).toString() == QStringLiteral("minute_entry")
                && signal.at(1).toLongLong() == rowId)
                return true;
        }
        return false;
    };
    REQUIRE(QTest::qWaitFor([&] { return heardRow(other.id); }, 20000));
    CHECK_FALSE(heardRow(own.saved.id));
}
