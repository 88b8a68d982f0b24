// Idag in the main window: the first view after sign-in, its rows opening
// what they are about, and the settings' switch for desktop reminders.
#include <catch2/catch.hpp>

#include "domain/quality/ActionPlan.h"
#include "services/Workspace.h"
#include "services/quality/ActionPlans.h"
#include "services/today/DueReminders.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/ActionsView.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/today/TodayView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace tf;

namespace {
// The rows under the section whose title starts with `title`.
QStringList rowsOf(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = tree->topLevelItem(i);
        if (!section->text(0).startsWith(title))
            continue;
        QStringList rows;
        for (int j = 0; j < section->childCount(); ++j)
            rows << section->child(j)->text(0);
        return rows;
    }
    return {QStringLiteral("(no section %1)").arg(title)};
}

QTreeWidgetItem *rowWith(QTreeWidget *tree, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            if (section->child(j)->text(0).contains(text))
                return section->child(j);
        }
    }
    return nullptr;
}

struct Started
{
    test::MinutesFixture f;
    qint64 actionId = 0;
};

// A meeting of the nurse's today and an action of hers due today.
Started makeNurseDay(Workspace &workspace)
{
    Started s;
    // A minute ago, or in a minute just after midnight: the meeting is today in
    // Stockholm whatever hour the test runs at.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = stockholmDate(now.addSecs(-60)) == stockholmDate(now) ? now.addSecs(-60)
                                                                                  : now.addSecs(60);
    s.f = test::makeMinutesFixture(workspace, start);
    Action action;
    action.meetingId = s.f.meetingId;
    action.what = QStringLiteral("Ring apoteket");
    action.responsibleId = s.f.nurseId;
    action.dueDate = stockholmDate(QDateTime::currentDateTimeUtc());
    s.actionId = workspace.actions().create(action, s.f.chairId);
    workspace.setActorId(s.f.nurseId);
    return s;
}
} // namespace

TEST_CASE("Idag is the first view after sign-in, whatever view was left", "[today][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Started s = makeNurseDay(workspace);
    QSettings().setValue(QStringLiteral("mainWindow/page"), 3);
    QSettings().setValue(QStringLiteral("reminders/enabled"), false);
    MainWindow window(workspace);
    QSignalSpy shown(&window, &MainWindow::startPageShown);
    window.start(QStringLiteral("Sara Sjöström"));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE((!shown.isEmpty() || shown.wait(5000)));
    auto *navigation = test::child<QListWidget>(&window, QStringLiteral("navigationListWidget"));
    CHECK(navigation->currentRow() == 0);
    CHECK(navigation->item(0)->text() == QStringLiteral("Idag\nCtrl+1"));
    QWidget *current = window.findChild<QStackedWidget *>()->currentWidget();
    REQUIRE(current->objectName() == QStringLiteral("todayView"));
    auto *tree = test::child<QTreeWidget>(current, QStringLiteral("todayTreeWidget"));
    CHECK(rowsOf(tree, QStringLiteral("Mina möten i dag")).size() == 1);
    CHECK(rowsOf(tree, QStringLiteral("Mina åtgärder som ska vara klara i dag"))
        == QStringList {QStringLiteral("Ring apoteket")});
    CHECK(rowsOf(tree, QStringLiteral("Mina försenade åtgärder"))
        == QStringList {QStringLiteral("Inga försenade åtgärder.")});
    test::checkSwedishAndNamed(&window);
    test::saveScreenshotIfAsked(&window, QStringLiteral("today-nurse"));

    // The action's row opens the Åtgärder list with the action chosen.
    tree->setCurrentItem(rowWith(tree, QStringLiteral("Ring apoteket")));
    QTest::keyClick(tree, Qt::Key_Return);
    current = window.findChild<QStackedWidget *>()->currentWidget();
    REQUIRE(current->objectName() == QStringLiteral("actionsView"));
    auto *actions = test::child<QTableView>(current, QStringLiteral("actionsTableWidget"));
    CHECK(actions->currentIndex().isValid());
    CHECK(actions->currentIndex().siblingAtColumn(0).data().toString()
        == QStringLiteral("Ring apoteket"));

    // The meeting's row opens the meeting in meeting mode.
    window.showPage(0);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // today's meeting
    test::child<QPushButton>(&window, QStringLiteral("todayOpenButton"))->click();
    current = window.findChild<QStackedWidget *>()->currentWidget();
    auto *meetingMode = qobject_cast<MeetingModeView *>(current);
    REQUIRE(meetingMode);
    CHECK(meetingMode->meetingId() == s.f.meetingId);
    QSettings().remove(QStringLiteral("mainWindow/page"));
    QSettings().remove(QStringLiteral("reminders"));
}

TEST_CASE("Idag says in Swedish when a part is empty", "[today][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(
        workspace, QDateTime::currentDateTimeUtc().addDays(30)); // nothing this week
    workspace.setActorId(f.helperId);
    TodayView view(workspace);
    view.resize(1000, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTreeWidget *tree = view.tree();
    CHECK(rowsOf(tree, QStringLiteral("Mina möten i dag"))
        == QStringList {QStringLiteral("Inga möten i dag.")});
    CHECK(rowsOf(tree, QStringLiteral("Mina åtgärder som ska vara klara i dag"))
        == QStringList {QStringLiteral("Inga åtgärder ska vara klara i dag.")});
    // An empty part's row opens nothing.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    CHECK_FALSE(test::child<QPushButton>(&view, QStringLiteral("todayOpenButton"))->isEnabled());
    CHECK_FALSE(view.openCurrent());
    test::checkSwedishAndNamed(&view);
}

TEST_CASE("the enhetschef's Idag lists her unit's checks and opens them", "[today][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace, QDateTime::currentDateTimeUtc().addDays(30));
    workspace.setActorId(f.chairId); // an enhetschef by profession
    ActionPlan plan;
    plan.unitId = f.unitId;
    plan.area = QStringLiteral("Munhälsa");
    plan.forum = QStringLiteral("teammote");
    PlanStep step;
    step.what = QStringLiteral("Köp tandborstar");
    step.who = QStringLiteral("Enhetschef");
    step.dueOn = QDate::currentDate().addDays(-2);
    plan.steps = {step};
    ActionPlans(workspace).add(plan);
    TodayView view(workspace);
    view.resize(1366, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTreeWidget *tree = view.tree();
    const QStringList checks = rowsOf(tree, QStringLiteral("Kontroller för mina enheter"));
    REQUIRE_FALSE(checks.isEmpty());
    CHECK(checks.first().startsWith(QStringLiteral("Egenkontroll att göra: ")));
    // Her Idag has no nurse's or contact person's part.
    CHECK(rowsOf(tree, QStringLiteral("Bedömningar")).first().startsWith(QStringLiteral("(no")));
    CHECK(rowsOf(tree, QStringLiteral("Beslut att")).first().startsWith(QStringLiteral("(no")));
    test::checkSwedishAndNamed(&view);
    test::saveScreenshotIfAsked(&view, QStringLiteral("today-chair"));

    // A check's row opens the egenkontroller.
    tree->setCurrentItem(rowWith(tree, checks.first()));
    QString opened;
    QTimer::singleShot(0, &view, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            qobject_cast<QDialog *>(dialog)->reject();
        }
    });
    CHECK(view.openCurrent());
    CHECK(opened == QStringLiteral("tf::SelfInspectionDialog"));

    // The unit's handlingsplan action that is overdue, and its row opens the plans.
    const QStringList planRows = rowsOf(tree, QStringLiteral("Handlingsplaner"));
    REQUIRE(planRows == QStringList {QStringLiteral("Munhälsa: Köp tandborstar (Enhetschef)")});
    tree->setCurrentItem(rowWith(tree, planRows.first()));
    opened.clear();
    QTimer::singleShot(0, &view, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            qobject_cast<QDialog *>(dialog)->reject();
        }
    });
    CHECK(view.openCurrent());
    CHECK(opened == QStringLiteral("tf::ActionPlansDialog"));
}

TEST_CASE("desktop reminders are switched off and on in the settings", "[today][gui]")
{
    QSettings().remove(QStringLiteral("reminders"));
    CHECK(DesktopReminders::enabled()); // on until switched off
    {
        SettingsDialog dialog;
        auto *box = test::child<QCheckBox>(&dialog, QStringLiteral("desktopRemindersCheckBox"));
        CHECK(box->isChecked());
        box->setChecked(false);
        dialog.accept();
    }
    CHECK_FALSE(DesktopReminders::enabled());
    {
        SettingsDialog dialog;
        auto *box = test::child<QCheckBox>(&dialog, QStringLiteral("desktopRemindersCheckBox"));
        CHECK_FALSE(box->isChecked());
        box->setChecked(true);
        dialog.reject(); // cancelled: stays off
    }
    CHECK_FALSE(DesktopReminders::enabled());
    QSettings().remove(QStringLiteral("reminders"));
}
