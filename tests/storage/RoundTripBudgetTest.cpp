// What each main user action costs in round trips to a PostgreSQL server,
// counted by a relay that reads the wire protocol (support/WireProxy). Over a
// town's network every round trip is a wait the user sees, so each action
// has a budget and a change that sends more fails here instead of being
// noticed on a slow line. The budgets are today's counts; lower them as the
// work of docs/performance.md brings the counts down.
#include <catch2/catch.hpp>

#include "domain/Minutes.h"
#include "models/OpenActionsModel.h"
#include "services/ActionList.h"
#include "services/MinutesSearch.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/care/MyClients.h"
#include "services/chair/MeetingGuests.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "support/ThroughRelay.h"
#include "support/WidgetChecks.h"
#include "support/WireProxy.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/chair/ChairView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/today/TodayView.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

using namespace tf;
using tf::test::roundTripsOf;

namespace {
struct Budget
{
    const char *action;
    long roundTrips;
};

// The most round trips each action may cost: the first time and again. On
// PostgreSQL each statement is one round trip (its values go with it), so
// the first time differs from again only by what is logged or cached.
constexpr Budget kStart {"open the database (schema up to date)", 12};
// Meeting mode shown the first time: the units, the forums' names and the
// first unit's meetings of the chooser in one read; LISTEN on the change
// feed's channel (named from the schema read at connect).
constexpr Budget kShowMeetingMode {"show meeting mode the first time", 2};
// Opening a meeting: every panel's rows in one batch (the meeting; the
// attendance with its people and the team; the guests and their clients;
// the agenda's pages: items, notes, clients, their risk assessments with
// answers, checklists, objections, whatever the number of clients; the
// closing with addenda, justerare and the next meeting's clients to choose
// from; the meeting's actions and the unit's follow-ups with the names of
// those responsible), and the first time one access-log write of two
// (BEGIN, lock and the chains' heads; the entries and COMMIT).
constexpr Budget kOpenMeeting {"open a meeting in meeting mode", 3};
constexpr Budget kOpenMeetingAgain {"open the same meeting again", 1};
// A meeting of another day (last week's minutes read again; no client on
// its agenda, so nothing to log): one round trip, its team of that day
// read with the rest, as today's is.
constexpr Budget kOpenEarlierMeeting {"open last week's meeting", 1};
// BEGIN with the item and its meeting's lock; UPDATE; the change log's row
// with COMMIT.
constexpr Budget kSaveNote {"save one field of notes", 3};
constexpr Budget kSaveNoteAgain {"save the same field again", 3};
// The search is one statement; the first time its reads are logged.
constexpr Budget kSearch {"search the minutes", 3};
constexpr Budget kSearchAgain {"search again", 1};
// The clients, their genomförandeplaner (events, moving-in dates, the units'
// intervals), next meetings, checklists and consents are read together, each
// read naming the clients by their contact person; then the list's reads
// logged in one write (two). Two clients cost what one does.
constexpr Budget kMyClients {"show Mina kunder", 3};
// Mina kunder's page as the window shows it: the list with the first
// client's coming meeting and checklist (one); the client's record with
// their consents of every scope, SIP needs, corrections and objections
// (one); the panel after the meeting: the decisions awaiting feedback with
// their clients and meetings, the open actions and the journal entries to
// make, each with their clients' names (one, however many); the list's and
// the record's reads logged in one write (two).
constexpr Budget kMyClientsPage {"show Mina kunder's page", 5};
// The unit's actions and the meetings they were decided at, in one read
// (each meeting was read by itself once, then all in a second read: a
// unit's ten years hold thousands).
constexpr Budget kUnitActions {"show the unit's actions", 1};
// Idag for a nurse who also administers (the schema's owner): what the page's
// parts share (the person, the login's rights, the person's units, every
// unit's and forum's name, the week's bookings, whether the nurse is
// anyone's contact person) in one read; then in one read the parts her
// roles have: this week's meetings (those booked and those of every unit
// of the person's), the open actions with the meetings that decided them,
// the checks of the units (egenkontroller and loggkontroller), the
// handlingsplaner's actions, and the coming meetings she prepares for with
// the items about her clients on their agendas, and the next such meeting's
// clients with their risk routines; the page's reads logged in one write
// (two).
constexpr Budget kToday {"show Idag", 4};
// Inför mötet in one read: the nurse's clients, the meetings of the units
// serving them, those meetings' agenda items about clients, those clients
// with their risk routines, the forums' names, and the panel after the
// meeting. Logging the agenda clients' reads takes two more, but Idag
// logged the same reads a moment before, so they are not logged again.
constexpr Budget kBeforeMeeting {"show Inför mötet", 1};
// The chair's view: the units; the unit's series, planned ahead; the
// calendar in one read (its meetings, the forums' names, the bookings
// elsewhere of everyone booked, their names, the participants and lead time
// for the late invitations); the next meeting's panel in two: the meeting
// with its minutes' lock, then its forum, leader (its series' occurrences),
// candidates, agenda with its clients and staff, participants with their
// names, guests and lead time; the guests' reads logged (two). Today's
// meeting has guests; tomorrow's, chosen late in the day, has none and
// costs two fewer.
constexpr Budget kChairView {"show the chair's view", 7};

void within(const Budget &budget, long counted, const tf::test::WireProxy &proxy)
{
    // What each action costs, printed with every run; with
    // TEAMFORUM_PRINT_ROUND_TRIPS=1 also the statements it sent.
    const QString sent = proxy.simpleQueriesSent().join(QLatin1Char('\n'));
    std::printf("round trips: %s: %ld (budget %ld)\n", budget.action, counted, budget.roundTrips);
    if (qEnvironmentVariableIsSet("TEAMFORUM_PRINT_ROUND_TRIPS"))
        std::printf("%s\n", qPrintable(sent));
    INFO(budget.action << ": " << counted << " round trips, budget " << budget.roundTrips);
    INFO("sent:\n" << sent.toStdString());
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
    qint64 lastWeeksMeetingId = 0;
    {
        Workspace setup(backend.spec);
        setup.open();
        // Two hours ago: whether the meeting counts as coming must not
        // depend on how fast the test gets to Idag and Inför mötet.
        f = tf::test::makeMinutesFixture(
            setup, QDateTime::currentDateTimeUtc().addSecs(-2 * 60 * 60));
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta har fallit två gånger, fallriskbedömning behövs.");
        setup.minutes().saveEntry(entry, f.nurseId);
        Client client = *setup.clients().byId(f.clientId);
        client.contactPersonId = f.helperId; // Åke's Mina kunder lists Greta
        setup.clients().save(client, f.chairId);
        // Two more clients on the agenda: the pages cost the same round
        // trips whatever their number.
        qint64 stinaId = 0;
        for (const char *name : {"Stina Svensson", "Nils Nilsson"}) {
            Client more;
            more.unitId = f.unitId;
            more.name = QString::fromUtf8(name);
            more.personnummer = QString::fromUtf8(name).startsWith(QLatin1Char('S'))
                ? QStringLiteral("19310412-1243")
                : QStringLiteral("19291205-1113");
            AgendaItem item;
            item.meetingId = f.meetingId;
            item.title = QStringLiteral("Uppföljning av kund");
            item.clientId = setup.clients().create(more, f.chairId);
            if (!stinaId)
                stinaId = item.clientId;
            setup.meetings().addAgendaItem(item, f.chairId);
        }
        // Greta and her daughter are invited: the guests' clients come with
        // the rest.
        MeetingGuests(setup).invite(f.meetingId, f.clientId);
        MeetingGuests(setup).invite(
            f.meetingId, f.clientId, QStringLiteral("Anna Gransson"), QStringLiteral("dotter"));
        // Actions decided at three meetings: one under the opened meeting's
        // first item, two at earlier meetings that come back for follow-up.
        for (int week = 0; week < 3; ++week) {
            Action action;
            action.meetingId
                = week == 0 ? f.meetingId : addMeeting(setup, f, f.startUtc.addDays(-7 * week));
            if (week == 1)
                lastWeeksMeetingId = action.meetingId;
            action.agendaItemId = week == 0 ? f.itemIds.at(0) : 0;
            action.followUpDays = 7;
            action.what = QStringLiteral("Beställ ny rollator");
            action.responsibleId = f.helperId;
            // Decisions about Greta that Åke reports back to her: his
            // Mina kunder reads them with their meetings in one read.
            action.clientId = f.clientId;
            action.feedbackToClient = true;
            setup.actions().create(action, f.chairId);
        }
        // And one about Stina that Åke is to document in her journal: Mina
        // kunder's lists read their clients' names with them, however many.
        Action journal;
        journal.meetingId = f.meetingId;
        journal.what = QStringLiteral("Boka tid hos tandläkaren");
        journal.responsibleId = f.helperId;
        journal.clientId = stinaId;
        journal.journalEntryNeeded = true;
        journal.journalById = f.helperId;
        setup.actions().create(journal, f.chairId);
        // Tomorrow's meeting with Greta on its agenda: Idag reads what she
        // needs assessed before the nurse's next meeting, whenever this runs.
        AgendaItem tomorrow;
        tomorrow.meetingId = addMeeting(setup, f, f.startUtc.addDays(1));
        tomorrow.title = QStringLiteral("Uppföljning av kund");
        tomorrow.clientId = f.clientId;
        setup.meetings().addAgendaItem(tomorrow, f.chairId);
        Client olle; // and Olle, with no meeting ahead: the list costs the same
        olle.unitId = f.unitId;
        olle.name = QStringLiteral("Olle Olsson");
        olle.personnummer = QStringLiteral("19300316-1233");
        olle.contactPersonId = f.helperId;
        setup.clients().create(olle, f.chairId);
    }
    tf::test::WireProxy proxy(backend.spec.host, backend.spec.port);
    Workspace workspace(tf::test::throughRelay(backend.spec, proxy));

    within(kStart, roundTripsOf(proxy, [&] { workspace.open(); }), proxy);
    REQUIRE(proxy.connectionsAccepted() == 1);
    workspace.setActorId(f.nurseId);
    // Meeting mode reads beside the window on a connection of its own,
    // opened beside the start (MainWindow::start): its set-up is no view's.
    workspace.readsBeside().read<int>([](Workspace &) { return 0; }).waitForFinished();

    std::unique_ptr<MeetingModeView> built;
    within(kShowMeetingMode,
        roundTripsOf(proxy,
            [&] {
                built = std::make_unique<MeetingModeView>(workspace);
                tf::test::waitShown(*built);
            }),
        proxy);
    MeetingModeView &view = *built;
    // The chooser offers the unit's meetings, read with the units.
    CHECK(view.findChild<QComboBox *>(QStringLiteral("meetingComboBox"))->count() >= 1);
    const auto openMeeting = [&] { tf::test::openShown(view, f.meetingId, false); };
    within(kOpenMeeting, roundTripsOf(proxy, openMeeting), proxy);
    // The first item's action and the two follow-ups came with the meeting.
    const auto shownRows = [&](const char *list) {
        return view.findChild<QListWidget *>(QString::fromLatin1(list))->count();
    };
    CHECK(shownRows("itemActionsListWidget") == 1);
    CHECK(shownRows("followUpListWidget") == 2);
    within(kOpenMeetingAgain, roundTripsOf(proxy, openMeeting), proxy);
    CHECK(shownRows("itemActionsListWidget") == 1);
    CHECK(shownRows("followUpListWidget") == 2);
    within(kOpenEarlierMeeting,
        roundTripsOf(proxy, [&] { tf::test::openShown(view, lastWeeksMeetingId, false); }), proxy);
    CHECK(view.meetingId() == lastWeeksMeetingId);

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
    REQUIRE(mine.size() == 2);
    // By name: Greta with her coming meeting and its checklist, Olle with none.
    CHECK(mine.at(0).client.id == f.clientId);
    REQUIRE(mine.at(0).nextMeeting.has_value());
    CHECK(mine.at(0).nextMeeting->id == f.meetingId);
    CHECK_FALSE(mine.at(0).nextMeetingForum.isEmpty());
    CHECK_FALSE(mine.at(1).nextMeeting.has_value());

    std::unique_ptr<ContactPersonView> page;
    within(kMyClientsPage,
        roundTripsOf(proxy,
            [&] {
                page = std::make_unique<ContactPersonView>(workspace);
                REQUIRE(QTest::qWaitFor([&] { return !page->isReading(); }, 10000));
            }),
        proxy);
    CHECK(page->findChild<QTableView *>(QStringLiteral("myClientsTableWidget"))->model()->rowCount()
        == 2);
    // The three decisions to report back to Greta, each with its meeting.
    const QAbstractItemModel *feedback
        = page->findChild<QTableView *>(QStringLiteral("feedbackTableWidget"))->model();
    REQUIRE(feedback->rowCount() == 3);
    for (int row = 0; row < 3; ++row)
        CHECK_FALSE(feedback->index(row, 2).data().toString().isEmpty());
    // Åke's four open actions and the journal entry, each with its client.
    const QAbstractItemModel *open
        = page->findChild<QTableView *>(QStringLiteral("myActionsTableWidget"))->model();
    REQUIRE(open->rowCount() == 4);
    QStringList openClients;
    for (int row = 0; row < 4; ++row)
        openClients << open->index(row, OpenActionsModel::ClientColumn).data().toString();
    openClients.sort();
    CHECK(openClients
        == QStringList {QStringLiteral("Greta Gransson"), QStringLiteral("Greta Gransson"),
            QStringLiteral("Greta Gransson"), QStringLiteral("Stina Svensson")});
    const QAbstractItemModel *journalDue
        = page->findChild<QTableView *>(QStringLiteral("journalTableWidget"))->model();
    REQUIRE(journalDue->rowCount() == 1);
    CHECK(journalDue->index(0, OpenActionsModel::ClientColumn).data().toString()
        == QStringLiteral("Stina Svensson"));

    QList<ActionListRow> actions;
    within(kUnitActions,
        roundTripsOf(proxy,
            [&] {
                actions = ActionList(workspace).forUnit(
                    f.unitId, ActionFilter::All, QDate::currentDate());
            }),
        proxy);
    CHECK(actions.size() == 4);
    for (const ActionListRow &row : std::as_const(actions))
        CHECK(row.decidedOn.isValid());

    workspace.setActorId(f.nurseId);
    std::unique_ptr<TodayView> today;
    within(kToday,
        roundTripsOf(proxy,
            [&] {
                today = std::make_unique<TodayView>(workspace);
                tf::test::waitShown(*today);
            }),
        proxy);
    CHECK(today->tree()->topLevelItemCount() > 0);

    std::unique_ptr<NurseView> beforeMeeting;
    within(kBeforeMeeting,
        roundTripsOf(proxy,
            [&] {
                beforeMeeting = std::make_unique<NurseView>(workspace);
                tf::test::waitShown(*beforeMeeting);
            }),
        proxy);
    CHECK(beforeMeeting->findChild<QTreeWidget *>(QStringLiteral("comingMeetingsTreeWidget"))
              ->topLevelItemCount()
        > 0);

    workspace.setActorId(f.chairId);
    std::unique_ptr<ChairView> chair;
    within(kChairView,
        roundTripsOf(proxy,
            [&] {
                chair = std::make_unique<ChairView>(workspace);
                tf::test::waitShown(*chair);
            }),
        proxy);
    CHECK(chair->currentMeetingId() > 0); // today's or tomorrow's, by the hour
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
