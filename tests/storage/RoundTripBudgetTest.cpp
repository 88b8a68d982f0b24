// What each main user action costs in round trips to a PostgreSQL server,
// counted by a relay that reads the wire protocol (support/WireProxy). Over a
// town's network every round trip is a wait the user sees, so each action
// has a budget and a change that sends more fails here instead of being
// noticed on a slow line. The budgets are today's counts; lower them as the
// work of docs/performance.md brings the counts down.
#include <catch2/catch.hpp>

#include "domain/Minutes.h"
#include "services/MinutesSearch.h"
#include "services/Workspace.h"
#include "services/care/MyClients.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "support/ThroughRelay.h"
#include "support/WireProxy.h"
#include "ui/minutes/MeetingModeView.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace tf;
using tf::test::roundTripsOf;

namespace {
struct Budget
{
    const char *action;
    long roundTrips;
};

// The most round trips each action may cost: the first time (each statement
// is prepared on its first use in a session) and again.
constexpr Budget kStart {"open the database (schema up to date)", 16};
// Opening a meeting includes one statement for its justerare and one for
// its notes' objections and corrections, and the statements for the client
// and relatives invited (the attendance's and the minutes').
constexpr Budget kOpenMeeting {"open a meeting in meeting mode", 52};
constexpr Budget kOpenMeetingAgain {"open the same meeting again", 25};
constexpr Budget kSaveNote {"save one field of notes", 11};
constexpr Budget kSaveNoteAgain {"save the same field again", 8};
constexpr Budget kSearch {"search the minutes", 7};
constexpr Budget kSearchAgain {"search again", 1};
// With the genomförandeplaner (events, moving-in dates, the unit's interval)
// and the journal entries to make.
constexpr Budget kMyClients {"show Mina kunder", 21};

void within(const Budget &budget, long counted, const tf::test::WireProxy &proxy)
{
    INFO(budget.action << ": " << counted << " round trips, budget " << budget.roundTrips);
    INFO("sent:\n" << proxy.simpleQueriesSent().join(QLatin1Char('\n')).toStdString());
    CHECK(counted > 0); // the relay saw the action at all
    CHECK(counted <= budget.roundTrips);
}

tf::test::TestBackend postgresBackend()
{
    for (const auto &backend : tf::test::testBackends())
        if (backend.spec.engine == ConnectionSpec::Engine::Postgres)
            return backend;
    return {};
}

} // namespace

TEST_CASE("each main action stays within its round-trip budget on PostgreSQL", "[budget]")
{
    const auto backend = postgresBackend();
    if (backend.name.isEmpty()) {
        WARN("TEAMFORUM_TEST_PG is not set: round trips are counted on PostgreSQL only");
        return;
    }
    tf::test::MinutesFixture f;
    {
        Workspace setup(backend.spec);
        setup.open();
        f = tf::test::makeMinutesFixture(setup);
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta har fallit två gånger, fallriskbedömning behövs.");
        setup.minutes().saveEntry(entry, f.nurseId);
        Client client = *setup.clients().byId(f.clientId);
        client.contactPersonId = f.helperId; // Åke's Mina kunder lists Greta
        setup.clients().save(client, f.chairId);
    }
    tf::test::WireProxy proxy(backend.spec.host, backend.spec.port);
    Workspace workspace(tf::test::throughRelay(backend.spec, proxy));

    within(kStart, roundTripsOf(proxy, [&] { workspace.open(); }), proxy);
    REQUIRE(proxy.connectionsAccepted() == 1);
    workspace.setActorId(f.nurseId);

    MeetingModeView view(workspace);
    const auto openMeeting = [&] { view.openMeeting(f.meetingId, false); };
    within(kOpenMeeting, roundTripsOf(proxy, openMeeting), proxy);
    within(kOpenMeetingAgain, roundTripsOf(proxy, openMeeting), proxy);

    MeetingMinutes minutes(workspace);
    MinuteEntry stored = minutes.entries(f.meetingId).value(0);
    REQUIRE(stored.id > 0);
    const auto saveNote = [&] {
        stored.text += QStringLiteral(" Anhöriga informerade.");
        stored = minutes.saveEntry(stored);
    };
    within(kSaveNote, roundTripsOf(proxy, saveNote), proxy);
    within(kSaveNoteAgain, roundTripsOf(proxy, saveNote), proxy);

    QList<SearchHit> hits;
    const auto search = [&] {
        hits = searchMinutes(workspace, QStringLiteral("fallrisk"), {}, AccessPurpose::Search);
    };
    within(kSearch, roundTripsOf(proxy, search), proxy);
    CHECK(hits.size() == 1);
    within(kSearchAgain, roundTripsOf(proxy, search), proxy);

    workspace.setActorId(f.helperId);
    QList<MyClientStatus> mine;
    within(kMyClients,
        roundTripsOf(
            proxy, [&] { mine = readMyClientStatuses(workspace, f.startUtc.addDays(-1)); }),
        proxy);
    CHECK(mine.size() == 1);
}

TEST_CASE(
    "the relay counts one round trip per statement, none for idle time, and delays", "[budget]")
{
    const auto backend = postgresBackend();
    if (backend.name.isEmpty()) {
        WARN("TEAMFORUM_TEST_PG is not set: round trips are counted on PostgreSQL only");
        return;
    }
    tf::test::WireProxy proxy(backend.spec.host, backend.spec.port);
    Workspace workspace(tf::test::throughRelay(backend.spec, proxy));
    workspace.open();
    QSqlQuery query(workspace.database().connection());
    CHECK(roundTripsOf(proxy, [&] { REQUIRE(query.exec(QStringLiteral("SELECT 1"))); }) == 1);
    CHECK(roundTripsOf(proxy, [&] {
        REQUIRE(query.exec(QStringLiteral("SELECT 1")));
        REQUIRE(query.exec(QStringLiteral("SELECT 2")));
        REQUIRE(query.exec(QStringLiteral("SELECT 3")));
    }) == 3);
    CHECK(roundTripsOf(proxy, [&] { QTest::qWait(50); }) == 0);

    // 10 ms each way: a statement waits at least the 20 ms round trip.
    proxy.setDelayEachWay(std::chrono::milliseconds(10));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(query.exec(QStringLiteral("SELECT 1")));
    CHECK(clock.elapsed() >= 20);
}
