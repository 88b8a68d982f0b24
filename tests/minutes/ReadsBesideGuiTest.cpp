// The views read beside the window (ReadsBeside): over a slow line to the
// PostgreSQL server the window goes on answering the user while a view's rows
// are on their way, and the reads are the user's own, logged as theirs.
#include <catch2/catch.hpp>

#include "domain/AccessLogEntry.h"
#include "domain/Action.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
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
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/SearchView.h"
#include "ui/today/TodayView.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace tf;

namespace {

// The PostgreSQL test server; none (said) without one.
std::optional<test::TestBackend> postgres()
{
    for (const auto &backend : test::testBackends())
        if (backend.spec.engine == ConnectionSpec::Engine::Postgres)
            return backend;
    WARN("TEAMFORUM_TEST_PG is not set: reads beside the window are PostgreSQL's");
    return std::nullopt;
}

// Whether the person's meeting-mode reads of the client at this meeting are
// in the access log.
bool loggedAs(Workspace &workspace, qint64 personId, qint64 clientId, qint64 meetingId)
{
    AccessLogFilter filter;
    filter.personId = personId;
    filter.clientId = clientId;
    for (const AccessLogEntry &entry : workspace.accessLog().find(filter))
        if (entry.meetingId == meetingId)
            return true;
    return false;
}

// The fixture's meeting on the test server, with what `prepare` adds, and a
// workspace reaching the server through a relay that can be made a town's
// slow line. Its reading connection is open, as the window opens it at its
// start.
struct OverRelay
{
    explicit OverRelay(const test::TestBackend &backend,
        const std::function<void(Workspace &, const test::MinutesFixture &)> &prepare = {})
        : relay(backend.spec.host, backend.spec.port)
        , workspace(test::throughRelay(backend.spec, relay))
    {
        {
            Workspace setup(backend.spec);
            setup.open();
            f = test::makeMinutesFixture(setup);
            if (prepare)
                prepare(setup, f);
        }
        workspace.open();
        workspace.readsBeside().read<int>([](Workspace &) { return 0; }).waitForFinished();
    }

    test::MinutesFixture f;
    test::WireProxy relay;
    Workspace workspace;
};

} // namespace

TEST_CASE("meeting mode answers the user while an opened meeting comes over a slow line",
    "[minutes][gui][postgres]")
{
    const auto backend = postgres();
    if (!backend)
        return;
    OverRelay line(*backend);
    const test::MinutesFixture &f = line.f;
    test::WireProxy &relay = line.relay;
    Workspace &workspace = line.workspace;
    workspace.setActorId(f.helperId);
    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(workspace.readsBeside().hasOwnConnection());

    // A town's slow line: every answer comes a fifth of a second later.
    relay.setDelayEachWay(std::chrono::milliseconds(100));
    QStringList happened;
    QObject::connect(&view, &MeetingModeView::meetingShown, &view,
        [&](qint64 id) { happened << QStringLiteral("shown %1").arg(id); });
    // A key press or a paint waiting when the meeting is opened.
    QTimer::singleShot(0, &view, [&] { happened << QStringLiteral("the window answered"); });
    view.openMeeting(f.meetingId, false);
    CHECK(view.isOpening());
    REQUIRE(QTest::qWaitFor([&] { return !view.isOpening(); }, 10000));
    CHECK(happened
        == QStringList {
            QStringLiteral("the window answered"), QStringLiteral("shown %1").arg(f.meetingId)});
    CHECK(view.meetingId() == f.meetingId);
    CHECK(test::notesOf(&view, workspace.meetings().agendaItems(f.meetingId).at(0).title));
    relay.setDelayEachWay(std::chrono::milliseconds(0));

    // The reads were the helper's, and are logged as theirs; after another
    // person signs in on the same computer, theirs.
    CHECK(loggedAs(workspace, f.helperId, f.clientId, f.meetingId));
    CHECK_FALSE(loggedAs(workspace, f.nurseId, f.clientId, f.meetingId));
    workspace.setActorId(f.nurseId);
    test::openShown(view, f.meetingId, false);
    CHECK(loggedAs(workspace, f.nurseId, f.clientId, f.meetingId));
}

TEST_CASE("of two meetings opened quickly one after the other the last is shown",
    "[minutes][gui][postgres]")
{
    const auto backend = postgres();
    if (!backend)
        return;
    Workspace workspace(backend->spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    const qint64 nextWeek = test::addMeeting(workspace, f, f.startUtc.addDays(7));
    MeetingModeView view(workspace);
    QSignalSpy shown(&view, &MeetingModeView::meetingShown);
    view.openMeeting(f.meetingId, false);
    view.openMeeting(nextWeek, false);
    REQUIRE(QTest::qWaitFor([&] { return !view.isOpening(); }, 10000));
    QTest::qWait(50); // the first meeting's rows have come too
    CHECK(view.meetingId() == nextWeek);
    REQUIRE(shown.size() == 1);
    CHECK(shown.at(0).at(0).toLongLong() == nextWeek);
}

TEST_CASE("search answers the user while its hits come over a slow line", "[search][gui][postgres]")
{
    const auto backend = postgres();
    if (!backend)
        return;
    OverRelay line(*backend, [](Workspace &setup, const test::MinutesFixture &f) {
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.at(1);
        entry.text = QStringLiteral("Greta har fallit två gånger, fallriskbedömning behövs.");
        setup.minutes().saveEntry(entry, f.helperId);
    });
    test::WireProxy &relay = line.relay;
    Workspace &workspace = line.workspace;
    workspace.setActorId(line.f.nurseId);
    SearchView view(workspace);
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    relay.setDelayEachWay(std::chrono::milliseconds(100));
    QStringList happened;
    QObject::connect(
        &view, &SearchView::searched, &view, [&] { happened << QStringLiteral("hits shown"); });
    QTimer::singleShot(0, &view, [&] { happened << QStringLiteral("the window answered"); });
    view.search(QStringLiteral("fallrisk"));
    CHECK(view.isSearching());
    REQUIRE(QTest::qWaitFor([&] { return !view.isSearching(); }, 10000));
    CHECK(happened
        == QStringList {QStringLiteral("the window answered"), QStringLiteral("hits shown")});
    const int found = view.hitCount();
    CHECK(found >= 1);
    relay.setDelayEachWay(std::chrono::milliseconds(0));

    // A word searched for while another's hits are on their way: the last
    // word's hits are the ones shown.
    view.search(QStringLiteral("tandvård"));
    view.search(QStringLiteral("fallrisk"));
    REQUIRE(QTest::qWaitFor([&] { return !view.isSearching(); }, 10000));
    QTest::qWait(50);
    CHECK(view.hitCount() == found);
    CHECK(happened.size() == 3);
}

TEST_CASE("Mina kunder answers the user while its page comes over a slow line",
    "[care-ui][gui][postgres]")
{
    const auto backend = postgres();
    if (!backend)
        return;
    OverRelay line(*backend, [](Workspace &setup, const test::MinutesFixture &f) {
        Client greta = *setup.clients().byId(f.clientId);
        greta.contactPersonId = f.helperId; // Åke's Mina kunder lists Greta
        setup.clients().save(greta, f.chairId);
    });
    const test::MinutesFixture &f = line.f;
    test::WireProxy &relay = line.relay;
    Workspace &workspace = line.workspace;
    workspace.setActorId(f.helperId);

    relay.setDelayEachWay(std::chrono::milliseconds(100));
    bool answered = false;
    bool listedBeforeAnswering = false;
    ContactPersonView view(workspace);
    auto *clients = test::child<QTableView>(&view, QStringLiteral("myClientsTableWidget"));
    // A key press or a paint waiting when the page is shown.
    QTimer::singleShot(0, &view, [&] {
        answered = true;
        listedBeforeAnswering = clients->model()->rowCount() > 0;
    });
    view.resize(1200, 800);
    view.show();
    CHECK(view.isReading());
    REQUIRE(QTest::qWaitFor([&] { return !view.isReading(); }, 10000));
    CHECK(answered);
    CHECK_FALSE(listedBeforeAnswering);
    REQUIRE(clients->model()->rowCount() == 1);
    CHECK(clients->currentIndex().row() == 0);
    // The first client's details came with the list.
    CHECK(test::child<QLabel>(&view, QStringLiteral("nextMeetingLabel"))
              ->text()
              .contains(QStringLiteral("Greta")));
    // The client's record was read by the contact person, and logged so.
    relay.setDelayEachWay(std::chrono::milliseconds(0));
    CHECK(loggedAs(workspace, f.helperId, f.clientId, 0));
}

TEST_CASE("Idag, Åtgärder, Inför mötet and the chair's calendar and meeting answer the user "
          "while they come over a slow line",
    "[gui][postgres]")
{
    const auto backend = postgres();
    if (!backend)
        return;
    const QString what = QStringLiteral("Boka tid hos fotvården");
    OverRelay line(*backend, [&what](Workspace &setup, const test::MinutesFixture &f) {
        Action action;
        action.meetingId = f.meetingId;
        action.what = what;
        action.responsibleId = f.nurseId;
        action.dueDate = QDate::currentDate(); // Idag lists it as due today
        setup.actions().create(action, f.chairId);
    });
    const test::MinutesFixture &f = line.f;
    Workspace &workspace = line.workspace;
    workspace.setActorId(f.nurseId);
    // A slow line, not so slow that these views' many reads take long.
    line.relay.setDelayEachWay(std::chrono::milliseconds(20));
    // A key press or a paint waiting when the view is made is handled while
    // its rows are still on their way; then they are shown.
    const auto answersWhileReading = [](const auto &view) {
        bool answeredWhileReading = false;
        QTimer::singleShot(0, &view, [&] { answeredWhileReading = view.isReading(); });
        CHECK(view.isReading());
        test::waitShown(view);
        CHECK(answeredWhileReading);
    };

    TodayView today(workspace);
    answersWhileReading(today);
    CHECK_FALSE(today.tree()->findItems(what, Qt::MatchContains | Qt::MatchRecursive).isEmpty());

    ActionsView actions(workspace);
    actions.show();
    answersWhileReading(actions);
    auto *table = test::child<QTableView>(&actions, QStringLiteral("actionsTableWidget"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == what);

    NurseView nurse(workspace);
    answersWhileReading(nurse);
    CHECK(test::child<QTreeWidget>(&nurse, QStringLiteral("comingMeetingsTreeWidget"))
              ->topLevelItemCount()
        > 0);

    workspace.setActorId(f.chairId);
    ChairView chair(workspace);
    answersWhileReading(chair);
    CHECK(chair.currentMeetingId() == f.meetingId);
    // The chosen meeting's agenda and participants came with it.
    CHECK(test::child<QTableWidget>(&chair, QStringLiteral("agendaTableWidget"))->rowCount()
        == workspace.meetings().agendaItems(f.meetingId).size());
    CHECK(test::child<QTableWidget>(&chair, QStringLiteral("participantsTableWidget"))->rowCount()
        == workspace.meetings().participants(f.meetingId).size());
}
