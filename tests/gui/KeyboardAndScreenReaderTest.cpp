#include <catch2/catch.hpp>

#include "domain/risk/RiskInstrument.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "support/Accessibility.h"
#include "support/EveryWindow.h"
#include "support/Screenshots.h"
#include "support/TabWalk.h"
#include "support/TestBackends.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/chair/MeetingCalendar.h"
#include "ui/shell/KeyboardHelpDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace tf;

namespace {
void showActive(QWidget *window)
{
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

void checkWalks(QWidget *window, const QString &where)
{
    const QStringList tree = tf::test::accessibilityTreeProblems(window);
    INFO(where.toStdString() << " – accessibility tree:\n"
                             << tree.join(QLatin1Char('\n')).toStdString());
    CHECK(tree.isEmpty());
    const QStringList tab = tf::test::tabWalkProblems(window);
    INFO(where.toStdString() << " – Tab walk:\n" << tab.join(QLatin1Char('\n')).toStdString());
    CHECK(tab.isEmpty());
}
} // namespace

TEST_CASE("every view and dialog names its fields to a screen reader and lets Tab go round",
    "[gui][a11y]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);

    SECTION("the main window with each view")
    {
        tf::test::forEachView(workspace, data,
            [](MainWindow &window, const QString &name, QWidget *) { checkWalks(&window, name); });
    }

    SECTION("every dialog the views open")
    {
        auto dialogs = tf::test::everyDialog(workspace, data);
        for (auto &[name, dialog] : dialogs) {
            showActive(dialog.get());
            checkWalks(dialog.get(), name);
            dialog->close();
        }
    }
}

TEST_CASE(
    "the risk forms' answers are labelled by their questions and Tab reaches saving", "[gui][a11y]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);
    const Client client = *workspace.directory().client(data.fixture.clientId);

    int combos = 0;
    for (const RiskInstrument *instrument : riskInstruments()) {
        INFO(instrument->key.toStdString());
        RiskAssessmentDialog dialog(workspace, client, *instrument);
        showActive(&dialog);
        for (const RiskItem &item : instrument->items) {
            auto *combo = dialog.findChild<QComboBox *>(item.key + QStringLiteral("ComboBox"));
            if (!combo)
                continue;
            ++combos;
            // What Orca says on entering the answer: its question, not "– välj –".
            CHECK(tf::test::spokenName(combo) == item.label);
            if (combos == 1) {
                combo->setFocus(Qt::TabFocusReason);
                tf::test::saveScreenshotIfAsked(&dialog, QStringLiteral("riskform-focus"));
            }
        }
        // From the comment, Tab goes to the save button through named fields only.
        auto *comment = dialog.findChild<QPlainTextEdit *>(QStringLiteral("commentPlainTextEdit"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAssessmentButton"));
        REQUIRE(comment);
        REQUIRE(save);
        comment->setFocus(Qt::TabFocusReason);
        QStringList stops;
        for (int press = 0; press < 4 && QApplication::focusWidget() != save; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            stops << QApplication::focusWidget()->objectName();
        }
        INFO("stops after the comment: " << stops.join(QStringLiteral(", ")).toStdString());
        CHECK(stops == QStringList {QStringLiteral("saveAssessmentButton")});
    }
    // The six forms' answers that are chosen in a combo box.
    CHECK(combos == 28);
}

TEST_CASE("Tab leaves the week grid and the arrow keys move within it", "[gui][a11y]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *calendar = new MeetingCalendar(&window);
    auto *after = new QLineEdit(&window);
    after->setObjectName(QStringLiteral("after"));
    after->setAccessibleName(QStringLiteral("Efter"));
    layout->addWidget(calendar);
    layout->addWidget(after);
    calendar->showDate(QDate(2026, 3, 9));
    calendar->setMeetings({}, {}, {});
    window.resize(1000, 600);
    showActive(&window);
    auto *week = calendar->findChild<QTableWidget *>(QStringLiteral("weekTableWidget"));
    REQUIRE(week);
    REQUIRE(week->rowCount() > 0);

    week->setFocus(Qt::TabFocusReason);
    week->setCurrentCell(0, 0);
    QTest::keyClick(week, Qt::Key_Right);
    CHECK(week->currentColumn() == 1);
    CHECK(QApplication::focusWidget() == week);
    tf::test::saveScreenshotIfAsked(&window, QStringLiteral("weekgrid-focus"));

    week->setCurrentCell(0, 6); // Sunday: Tab does not wrap to Monday
    QTest::keyClick(week, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != week);
    CHECK(week->currentColumn() == 6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == week);
}

TEST_CASE(
    "the focused field carries a ring of the highlight colour, thick enough to see", "[gui][a11y]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(20, 20, 20, 20);
    auto *first = new QLineEdit(&window);
    auto *second = new QPushButton(QStringLiteral("Spara"), &window);
    auto *combo = new QComboBox(&window);
    combo->addItems({QStringLiteral("– välj –"), QStringLiteral("Ja")});
    auto *table = new QTableWidget(3, 2, &window);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addWidget(combo);
    layout->addWidget(table);
    window.resize(300, 360);
    showActive(&window);
    const QColor highlight = window.palette().color(QPalette::Active, QPalette::Highlight);

    const auto ringAround = [&](QWidget *widget) {
        const QImage image = window.grab().toImage();
        const qreal scale = image.devicePixelRatio();
        const QPoint topLeft = widget->mapTo(&window, QPoint(0, 0));
        const int middleY = topLeft.y() + widget->height() / 2;
        // The left edge, 0, 1 and 2 px in: all highlight.
        int ring = 0;
        for (int x = 0; x < 3; ++x) {
            const QPoint at(qRound((topLeft.x() + x) * scale), qRound(middleY * scale));
            if (image.pixelColor(at) == highlight)
                ++ring;
        }
        return ring;
    };

    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    CHECK(ringAround(first) == 3);
    CHECK(ringAround(second) == 0);
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), second);
    CHECK(ringAround(second) == 3);
    CHECK(ringAround(first) == 0);
    // A combo box and a table (as the week grid) carry the same ring.
    QTest::keyClick(second, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    CHECK(ringAround(combo) == 3);
    CHECK(ringAround(second) == 0);
    QTest::keyClick(combo, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    CHECK(ringAround(table) == 3);
    CHECK(ringAround(combo) == 0);
}

TEST_CASE("F1 lists every view's shortcuts as the window's own actions carry them", "[gui][a11y]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);
    // Sara is the client's fast omsorgskontakt: *Mina kunder* would read
    // the client were it built.
    Client client = *workspace.clients().byId(data.fixture.clientId);
    client.contactPersonId = data.fixture.nurseId;
    workspace.clients().save(client, data.fixture.chairId);
    MainWindow window(workspace);
    window.start(QStringLiteral("Sara Sjöström"));
    window.resize(1366, 768);
    showActive(&window);

    // Idag and the chair's view are open; *Mina kunder* and the others are
    // not yet.
    window.showPage(1);
    QCoreApplication::processEvents();

    // The list reads no client's data: a view not yet opened is not built
    // for it.
    const auto logged = [&] {
        QSqlQuery count(workspace.database().connection());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM access_log"));
        return count.next() ? count.value(0).toInt() : -1;
    };
    const int before = logged();
    const QList<KeyboardHelpDialog::Section> sections = window.keyboardHelp();
    CHECK(logged() == before);
    REQUIRE(sections.size() >= 2);
    const auto has = [&](const QString &title, const QString &keys, const QString &what) {
        for (const auto &section : sections) {
            if (section.title != title)
                continue;
            for (const ShortcutEntry &entry : section.shortcuts) {
                if (entry.keys == keys && entry.what == what)
                    return true;
            }
        }
        return false;
    };
    CHECK(has(
        QStringLiteral("Hela programmet"), QStringLiteral("F1"), QStringLiteral("Kortkommandon")));
    CHECK(
        has(QStringLiteral("Hela programmet"), QStringLiteral("Ctrl+L"), QStringLiteral("Lås nu")));
    // A view not yet opened says how to open it.
    const auto unopened = std::find_if(
        sections.cbegin(), sections.cend(), [](const KeyboardHelpDialog::Section &section) {
            return section.title.contains(QStringLiteral("Mina kunder"));
        });
    REQUIRE(unopened != sections.cend());
    REQUIRE(unopened->shortcuts.size() == 1);
    CHECK(unopened->shortcuts.first().what.startsWith(QStringLiteral("Öppnar vyn")));
    for (const auto &section : sections) {
        for (const ShortcutEntry &entry : section.shortcuts) {
            INFO(section.title.toStdString() << ": " << entry.keys.toStdString());
            CHECK(!entry.keys.isEmpty());
            CHECK(!entry.what.isEmpty());
        }
    }
    // F1 opens the list (its names and Tab order are walked with every dialog).
    bool opened = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<KeyboardHelpDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // not opened: fails below
        opened = true;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTreeWidget"));
        // The whole program and every view that has a shortcut of its own.
        CHECK((tree && tree->topLevelItemCount() >= 5));
        tf::test::saveScreenshotIfAsked(dialog, QStringLiteral("kortkommandon"));
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(opened);

    // A shortcut changed in a view shows changed: the list is read, not kept.
    auto *calendarNext = window.findChild<QPushButton *>(QStringLiteral("nextWeekButton"));
    REQUIRE(calendarNext);
    const QKeySequence changed(Qt::CTRL | Qt::SHIFT | Qt::Key_Right);
    const QString chair = sections.at(2).title; // after the whole program's and Idag's
    CHECK(has(chair, QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText),
        QStringLiteral("Nästa vecka")));
    CHECK(!has(chair, changed.toString(QKeySequence::NativeText), QStringLiteral("Nästa vecka")));
    calendarNext->setShortcut(changed);
    const QList<KeyboardHelpDialog::Section> again = window.keyboardHelp();
    bool found = false;
    for (const auto &section : again) {
        for (const ShortcutEntry &entry : section.shortcuts) {
            found = found
                || (section.title == chair
                    && entry.keys == changed.toString(QKeySequence::NativeText)
                    && entry.what == QStringLiteral("Nästa vecka"));
        }
    }
    CHECK(found);
}
