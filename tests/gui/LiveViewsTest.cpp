// Every view shows what another client commits, without anyone asking, and
// keeps the user's place: the chosen row, the scroll position and what is
// being typed. Two Workspaces on one database (a SQLite file, and a
// PostgreSQL schema when TEAMFORUM_TEST_PG is set).
#include <catch2/catch.hpp>

#include "domain/ServiceType.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/MeetingRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/MinutesFixture.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/chair/ChairView.h"
#include "ui/common/LiveRefresh.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace tf;
using tf::test::child;

namespace {
// Looks at the feed as its timer would, until the view shows the change.
bool showsSoon(Workspace &workspace, const std::function<bool()> &shown)
{
    return QTest::qWaitFor(
        [&] {
            workspace.changes().check();
            return shown();
        },
        20000);
}

bool tableHas(const QAbstractItemModel *rows, int column, const QString &text)
{
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, column).data().toString() == text)
            return true;
    }
    return false;
}

qint64 templateOf(Workspace &workspace, const char *forum)
{
    for (const auto &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
        if (t.forum == QLatin1String(forum))
            return t.id;
    }
    return 0;
}

// A unit whose lead is contact person of its one client, a nurse, and a
// teammöte in five days with the client on the agenda.
struct CareScene
{
    test::TeamFixture team;
    qint64 meetingId = 0;
    qint64 itemId = 0;
};

CareScene makeCareScene(Workspace &workspace)
{
    CareScene s;
    test::TeamSpec spec;
    spec.leadName = QStringLiteral("Kim Karlsson");
    spec.leadIsContactPerson = true;
    s.team = test::makeTeam(workspace, spec);
    Meeting meeting;
    meeting.unitId = s.team.unitId;
    meeting.templateId = templateOf(workspace, "teammote");
    meeting.startUtc = QDateTime::currentDateTimeUtc().addDays(5);
    meeting.minutes = 30;
    s.meetingId = workspace.meetings().create(meeting, s.team.leadId);
    AgendaItem item;
    item.meetingId = s.meetingId;
    item.clientId = s.team.clientId;
    item.title = spec.clientName;
    s.itemId = workspace.meetings().addAgendaItem(item, s.team.leadId);
    return s;
}
} // namespace

TEST_CASE("a view refreshes once for a burst of changes and only for the tables it shows",
    "[changefeed][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    QWidget view;
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    int refreshes = 0;
    auto *live
        = new LiveRefresh(workspace, &view, {QStringLiteral("team_action")}, [&] { ++refreshes; });
    ChangeFeed &feed = workspace.changes();

    // Another table: nothing to read.
    Q_EMIT feed.changed(QStringLiteral("sbar_report"), 7);
    CHECK_FALSE(live->isPending());

    // Fifty changes in a row: one read.
    for (int id = 1; id <= 50; ++id)
        Q_EMIT feed.changed(QStringLiteral("team_action"), id);
    REQUIRE(QTest::qWaitFor([&] { return !live->isPending(); }));
    CHECK(refreshes == 1);

    // "Read everything again" reaches every view.
    Q_EMIT feed.changed(QString(), 0);
    REQUIRE(QTest::qWaitFor([&] { return !live->isPending(); }));
    CHECK(refreshes == 2);

    // Hidden: read when shown again, not before.
    view.hide();
    Q_EMIT feed.changed(QStringLiteral("team_action"), 3);
    CHECK(live->isPending());
    CHECK(refreshes == 2);
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !live->isPending(); }));
    CHECK(refreshes == 3);

    // While the user is in the middle of an edit the refresh waits for it.
    bool editing = true;
    int looked = 0;
    live->setBusy([&] {
        ++looked;
        return editing;
    });
    Q_EMIT feed.changed(QStringLiteral("team_action"), 4);
    REQUIRE(QTest::qWaitFor([&] { return looked >= 2; }));
    CHECK(refreshes == 3);
    editing = false;
    REQUIRE(QTest::qWaitFor([&] { return !live->isPending(); }));
    CHECK(refreshes == 4);
}

TEST_CASE("the chair's calendar and agenda show another client's changes and keep the place",
    "[changefeed][gui][chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const QDate day = QDate::currentDate().addDays(2);
        const auto f = test::makeMinutesFixture(mine, QDateTime(day, QTime(12, 0), Qt::UTC));
        mine.setActorId(f.chairId);

        ChairView view(mine);
        view.resize(1300, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        test::waitShown(view);
        view.selectMeeting(f.meetingId);
        auto *agenda = child<QTableWidget>(&view, QStringLiteral("agendaTableWidget"));
        auto *meetings = child<QTableView>(&view, QStringLiteral("meetingTableWidget"));
        REQUIRE(agenda->rowCount() == 3);
        const int listed = meetings->model()->rowCount();
        agenda->setCurrentCell(1, 0);
        const QString chosen = agenda->item(1, 0)->text();
        auto *title = child<QLineEdit>(&view, QStringLiteral("agendaTitleLineEdit"));
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Halvskriven punkt"));

        // Someone else adds an item first in the agenda and a meeting the
        // day after.
        Workspace other(backend.spec);
        other.open();
        other.setActorId(f.nurseId);
        AgendaItem added;
        added.meetingId = f.meetingId;
        added.title = QStringLiteral("Sara tar upp nattbemanningen");
        other.agenda().add(added);
        test::addMeeting(other, f, f.startUtc.addDays(1));

        REQUIRE(showsSoon(mine, [&] {
            return agenda->rowCount() == 4 && meetings->model()->rowCount() == listed + 1;
        }));
        CHECK(view.currentMeetingId() == f.meetingId);
        REQUIRE(agenda->currentRow() >= 0);
        CHECK(agenda->item(agenda->currentRow(), 0)->text() == chosen);
        CHECK(title->text() == QStringLiteral("Halvskriven punkt"));
        bool shown = false;
        for (int row = 0; row < agenda->rowCount(); ++row)
            shown = shown || agenda->item(row, 0)->text() == added.title;
        CHECK(shown);
    }
}

TEST_CASE("Mina kunder shows another client's changes and keeps the checklist being typed",
    "[changefeed][gui][care-ui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const CareScene scene = makeCareScene(mine);
        mine.setActorId(scene.team.leadId);

        ContactPersonView view(mine);
        view.resize(1200, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(QTest::qWaitFor([&] { return !view.isReading(); }, 10000)); // PostgreSQL's answer
        auto *clients = child<QTableView>(&view, QStringLiteral("myClientsTableWidget"));
        auto *actions = child<QTableView>(&view, QStringLiteral("myActionsTableWidget"));
        REQUIRE(clients->model()->rowCount() == 1);
        REQUIRE(clients->currentIndex().row() == 0);
        CHECK(actions->model()->rowCount() == 0);
        auto *wishes = child<QPlainTextEdit>(&view, QStringLiteral("clientWishesPlainTextEdit"));
        wishes->setFocus();
        QTest::keyClicks(wishes, QStringLiteral("Vill gå ut varje dag"));

        // Someone else gives the contact person an action and fills in the
        // checklist of the same agenda item.
        Workspace other(backend.spec);
        other.open();
        Action action;
        action.meetingId = scene.meetingId;
        action.clientId = scene.team.clientId;
        action.what = QStringLiteral("Köpa nya tofflor");
        action.responsibleId = scene.team.leadId;
        action.dueDate = QDate::currentDate().addDays(3);
        other.actions().create(action, scene.team.nurseId);
        Participation theirs;
        theirs.agendaItemId = scene.itemId;
        theirs.clientAsked = true;
        theirs.clientWishes = QStringLiteral("Vill sova länge");
        theirs.relatives = RelativesAsked::NoRelatives;
        other.care().saveParticipation(theirs, scene.team.nurseId);

        REQUIRE(showsSoon(mine, [&] {
            return tableHas(actions->model(), 0, action.what)
                && clients->model()->index(0, 2).data().toString() == QStringLiteral("Klar");
        }));
        CHECK(clients->currentIndex().row() == 0);
        // What the user typed stays; saving it meets the other's version.
        CHECK(wishes->toPlainText() == QStringLiteral("Vill gå ut varje dag"));
        CHECK(view.hasUnsavedChanges());
    }
}

TEST_CASE("Inför mötet shows another client's assessment and keeps the chosen client",
    "[changefeed][gui][care-ui]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        const CareScene scene = makeCareScene(mine);
        mine.setActorId(scene.team.nurseId);

        NurseView view(mine);
        view.resize(1300, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        test::waitShown(view);
        auto *tree = child<QTreeWidget>(&view, QStringLiteral("comingMeetingsTreeWidget"));
        REQUIRE(tree->topLevelItemCount() == 1);
        QTreeWidgetItem *clientItem = tree->topLevelItem(0)->child(0);
        REQUIRE(clientItem);
        tree->setCurrentItem(clientItem->child(0)); // Downton, missing
        test::waitShown(view);
        const QString instrument = tree->currentItem()->text(0);
        auto *history = child<QTableView>(&view, QStringLiteral("assessmentHistoryTableWidget"));
        REQUIRE(history->model()->rowCount() == 0);

        // An occupational therapist records the assessment elsewhere.
        Workspace other(backend.spec);
        other.open();
        RiskAssessment downton;
        downton.clientId = scene.team.clientId;
        downton.instrument = QStringLiteral("downton");
        downton.assessedUtc = QDateTime::currentDateTimeUtc();
        downton.answers = QJsonObject {{QStringLiteral("previousFalls"), true},
            {QStringLiteral("medications"), QJsonArray {QStringLiteral("sedatives")}},
            {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
            {QStringLiteral("gait"), QStringLiteral("normal")}};
        other.risks().add(downton, scene.team.nurseId);

        REQUIRE(showsSoon(mine, [&] { return history->model()->rowCount() == 1; }));
        REQUIRE(tree->currentItem());
        CHECK(tree->currentItem()->text(0) == instrument);
        CHECK(tree->currentItem()->text(1) == QStringLiteral("Aktuell"));
    }
}
