// The handbook's pictures (docs/handbok/bilder, made by scripts/handbook):
// the real main window and forms on a database the generator fills, signed
// in as the person of each role the handbook has a chapter for. The test
// checks that each view shows that person's data; with TEAMFORUM_SCREENSHOTS
// set it saves what it sees under the names the chapters use.
#include <catch2/catch.hpp>

#include "domain/care/Consent.h"
#include "domain/risk/RiskInstrument.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/generator/DataGenerator.h"
#include "storage/MeetingRepository.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/care/ConsentDialog.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/care/SbarDialog.h"
#include "ui/chair/ChairView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/shell/LogCheckDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RetentionDialog.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace tf;

namespace {
// The pages of the navigation, in its order (MainWindow).
enum Page { Today, Chair, MeetingMode, Actions, MyClients, BeforeMeeting };

// Everything a view shows: its labels and buttons and every cell of its
// tables, lists and trees.
QStringList shownTexts(QWidget *root)
{
    QStringList texts = test::visibleTexts(root);
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column)
                    texts << model->index(row, column, parent).data().toString();
                walk(model->index(row, 0, parent));
            }
        };
        walk({});
    }
    return texts;
}

bool shows(QWidget *root, const QString &text)
{
    const QStringList texts = shownTexts(root);
    return std::any_of(
        texts.begin(), texts.end(), [&](const QString &shown) { return shown.contains(text); });
}

// The people and the meeting the pictures are of: the first unit (a
// särskilt boende), its enhetschef, a client of it with her fast
// omsorgskontakt and sjuksköterska, and the unit's next teammöte.
struct Cast
{
    Unit unit;
    Person chair;
    Client client;
    Person contact;
    Person nurse;
    Meeting meeting;
    qint64 clientItemId = 0;
    QString clientItemTitle;
};

Cast castOf(Workspace &workspace)
{
    Directory &directory = workspace.directory();
    Cast cast;
    cast.unit = directory.units().first();
    const QList<Client> clients = directory.clientsOf(cast.unit.id);
    REQUIRE_FALSE(clients.isEmpty());
    // The next meeting with a client on its agenda; the generator fills the
    // agendas of the meetings held, so the latest of those where none ahead has one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Meeting> meetings = workspace.meetings().byUnit(cast.unit.id, now, now.addDays(28));
    QList<Meeting> before = workspace.meetings().byUnit(cast.unit.id, now.addDays(-60), now);
    std::reverse(before.begin(), before.end());
    meetings << before;
    for (const Meeting &meeting : meetings) {
        for (const AgendaItem &item : workspace.meetings().agendaItems(meeting.id)) {
            if (item.clientId != 0 && cast.clientItemId == 0) {
                cast.meeting = meeting;
                cast.clientItemId = item.id;
                cast.clientItemTitle = item.title;
            }
        }
        if (cast.clientItemId != 0)
            break;
    }
    REQUIRE(cast.clientItemId != 0);
    // The client of that item, with her fast omsorgskontakt and sjuksköterska.
    QList<AgendaItem> items = workspace.meetings().agendaItems(cast.meeting.id);
    const auto item = std::find_if(
        items.begin(), items.end(), [&](const AgendaItem &i) { return i.id == cast.clientItemId; });
    cast.client = *directory.client(item->clientId);
    cast.contact = *directory.person(cast.client.contactPersonId);
    cast.nurse = *directory.person(cast.client.nurseId);
    // The meeting's chair, else the unit's enhetschef (the generator makes one a unit).
    std::optional<Person> chair = directory.person(cast.meeting.chairId);
    if (!chair) {
        for (const Person &person : directory.people()) {
            if (!chair && person.role == QStringLiteral("Enhetschef"))
                chair = person;
        }
    }
    REQUIRE(chair);
    cast.chair = *chair;
    return cast;
}

// The main window as the person sees it after signing in.
struct SignedIn
{
    SignedIn(Workspace &workspace, const Person &person)
        : window(workspace)
    {
        QSettings().remove(QStringLiteral("mainWindow/page"));
        workspace.setActorId(person.id);
        QSignalSpy startPageShown(&window, &MainWindow::startPageShown);
        window.start(person.name);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE((!startPageShown.isEmpty() || startPageShown.wait(5000)));
    }
    QWidget *show(Page page)
    {
        window.showPage(page);
        QWidget *view = window.page(page);
        REQUIRE(window.findChild<QStackedWidget *>()->currentWidget() == view);
        return view;
    }
    MainWindow window;
};

void picture(QWidget *widget, const QString &name)
{
    if (!widget->isVisible()) {
        widget->show();
        REQUIRE(QTest::qWaitForWindowExposed(widget));
    }
    test::saveScreenshotIfAsked(widget, name);
}
} // namespace

TEST_CASE(
    "each role's views show the generated data the handbook's pictures are of", "[gui][handbook]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    GeneratorOptions options;
    options.lastDay = QDate::currentDate(); // held meetings behind, planned ones ahead
    generateDatabase(workspace, options);
    const Cast cast = castOf(workspace);

    {
        INFO("the enhetschef");
        SignedIn chair(workspace, cast.chair);
        QWidget *today = chair.show(Today);
        CHECK(shows(today, cast.unit.name));
        picture(&chair.window, QStringLiteral("enhetschef-idag"));
        auto *chairView = qobject_cast<ChairView *>(chair.window.page(Chair));
        REQUIRE(chairView);
        chairView->selectMeeting(cast.meeting.id);
        chair.show(Chair);
        CHECK(shows(chairView, cast.clientItemTitle));
        picture(&chair.window, QStringLiteral("enhetschef-motesansvarig"));
        CHECK(shows(chair.show(Actions), cast.unit.name));
        picture(&chair.window, QStringLiteral("enhetschef-atgarder"));
        LogCheckDialog logCheck(workspace);
        picture(&logCheck, QStringLiteral("enhetschef-loggkontroll"));
    }
    {
        INFO("the secretary in meeting mode");
        SignedIn secretary(workspace, cast.contact);
        auto *meetingMode = qobject_cast<MeetingModeView *>(secretary.window.page(MeetingMode));
        REQUIRE(meetingMode);
        tf::test::openShown(*meetingMode, cast.meeting.id, false, cast.clientItemId);
        secretary.show(MeetingMode);
        CHECK(shows(meetingMode, cast.clientItemTitle));
        picture(&secretary.window, QStringLiteral("sekreterare-moteslage"));
    }
    {
        INFO("the fast omsorgskontakt");
        SignedIn contact(workspace, cast.contact);
        CHECK(shows(contact.show(MyClients), cast.client.name));
        picture(&contact.window, QStringLiteral("omsorgskontakt-mina-kunder"));
        ConsentDialog consent(workspace, cast.client.id, ConsentScope::OtherCareProviders);
        picture(&consent, QStringLiteral("omsorgskontakt-samtycke"));
    }
    {
        INFO("the sjuksköterska");
        SignedIn nurse(workspace, cast.nurse);
        CHECK(shows(nurse.show(BeforeMeeting), cast.client.name));
        picture(&nurse.window, QStringLiteral("sjukskoterska-infor-motet"));
        RiskAssessmentDialog risk(workspace, cast.client, *riskInstruments().first());
        CHECK(shows(&risk, riskInstruments().first()->name));
        picture(&risk, QStringLiteral("sjukskoterska-riskbedomning"));
        SbarDialog sbar(workspace, cast.client, cast.clientItemId);
        CHECK(shows(&sbar, cast.client.name));
        picture(&sbar, QStringLiteral("sjukskoterska-sbar"));
    }
    {
        INFO("the administratör's purge");
        workspace.setActorId(cast.chair.id);
        RetentionDialog retention(workspace);
        picture(&retention, QStringLiteral("administrator-gallring"));
    }
}
