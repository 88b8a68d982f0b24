#include <catch2/catch.hpp>

#include "services/Identity.h"
#include "services/Workspace.h"
#include "storage/PersonRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace tf;

TEST_CASE("every page of the main window speaks Swedish and names its widgets", "[gui][a11y]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa Öberg"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    REQUIRE(navigation);
    REQUIRE(navigation->count() >= 5); // every page, whoever added it
    for (int page = 0; page < navigation->count(); ++page) {
        window.showPage(page);
        INFO("page " << navigation->item(page)->text().toStdString());
        CHECK(tf::test::widgetsWithoutAccessibleName(&window).isEmpty());
        const QStringList english = tf::test::englishWords(tf::test::visibleTexts(&window));
        INFO(english.join(QStringLiteral("; ")).toStdString());
        CHECK(english.isEmpty());
    }
}

TEST_CASE("the views are reached from the keyboard", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(navigation->currentRow() == 2);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(navigation->currentRow() == 0);
}

TEST_CASE("window geometry is restored on the next start", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    QSettings().remove(QStringLiteral("mainWindow"));
    QSize chosen;
    {
        MainWindow window(workspace);
        window.start(QStringLiteral("Åsa"));
        window.show();
        chosen = window.minimumSizeHint() + QSize(40, 30);
        window.resize(chosen);
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again(workspace);
    again.start(QStringLiteral("Åsa"));
    CHECK(again.size() == chosen);
}

TEST_CASE("the window is painted before the database is opened", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec); // not opened yet
    MainWindow window(workspace);
    QSignalSpy painted(&window, &MainWindow::firstPainted);
    QSignalSpy shown(&window, &MainWindow::startPageShown);
    window.show();
    REQUIRE(painted.wait(5000));
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Öppnar databasen …"));
    CHECK(shown.isEmpty());
    // A click on another view before the database is open builds nothing.
    window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
    CHECK(window.findChild<QStackedWidget *>()->currentWidget()->objectName().isEmpty());

    workspace.open();
    window.start(QStringLiteral("Åsa"));
    CHECK(shown.count() == 1);
    CHECK(status->text().startsWith(QStringLiteral("Inloggad som Åsa · SQLite-databas ")));
    CHECK(status->text().contains(backend.spec.displayName()));
    CHECK_FALSE(status->text().contains(QStringLiteral("skrivskydd")));
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.page(1));
}

TEST_CASE("the window opens on Idag, whichever view its user left", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    QSettings().setValue(QStringLiteral("mainWindow/page"), 2);
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa"));
    QSignalSpy shown(&window, &MainWindow::startPageShown);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(shown.wait(5000));
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    CHECK(pages->currentWidget() == window.page(0));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("todayView"));
    QSettings().remove(QStringLiteral("mainWindow/page"));
}

TEST_CASE("the first-run dialog asks for a name in Swedish", "[gui][a11y]")
{
    FirstRunDialog dialog;
    dialog.show();
    CHECK(tf::test::widgetsWithoutAccessibleName(&dialog).isEmpty());
    const QStringList english = tf::test::englishWords(tf::test::visibleTexts(&dialog));
    INFO(english.join(QStringLiteral("; ")).toStdString());
    CHECK(english.isEmpty());
    dialog.accept();
    CHECK(dialog.isVisible()); // no name: stays open and says why
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QTest::keyClicks(name, QStringLiteral("Karin Lind"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.person().name == QStringLiteral("Karin Lind"));
}

TEST_CASE("someone already on the staff list is recognised, not added twice", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    Person britt;
    britt.name = QStringLiteral("Britt Jonsson");
    britt.profession = QStringLiteral("Demenssjuksköterska");
    const qint64 brittId = workspace.people().create(britt, 0);
    Person anna;
    anna.name = QStringLiteral("Anna Berg");
    workspace.people().create(anna, 0);
    workspace.people().create(anna, 0); // two share this name

    FirstRunDialog dialog;
    dialog.setKnownPeople(workspace.people().all());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    name->setText(QStringLiteral("britt jonsson"));
    CHECK(dialog.knownPersonId() == brittId);
    // Her profession is filled in, not asked again.
    CHECK(dialog.person().profession == QStringLiteral("Demenssjuksköterska"));
    name->setText(QStringLiteral("Anna Berg"));
    CHECK(dialog.knownPersonId() == 0);
    name->setText(QStringLiteral("Karin Lind"));
    CHECK(dialog.knownPersonId() == 0);

    Identity identity(workspace);
    identity.adopt(brittId);
    CHECK(workspace.actorId() == brittId);
    Workspace again(backend.spec);
    again.open();
    const auto recognised = Identity(again).recognise();
    REQUIRE(recognised);
    CHECK(recognised->id == brittId);
    CHECK(again.people().all().size() == 3);
}

TEST_CASE("quitting or switching view with a meeting in progress asks first", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = tf::test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    MainWindow window(workspace);
    window.start(QStringLiteral("Eva Enhetschef"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto *pages = window.findChild<QStackedWidget *>();
    // Before any meeting is held, nothing is asked.
    {
        tf::test::ShownMessages answers(QMessageBox::No);
        window.showPage(2);
        window.showPage(3);
        CHECK(answers.texts.isEmpty());
        CHECK(navigation->currentRow() == 3);
    }
    auto *meetingMode = qobject_cast<MeetingModeView *>(window.page(2));
    REQUIRE(meetingMode);
    window.showPage(2);
    tf::test::openShown(*meetingMode, f.meetingId);
    REQUIRE(meetingMode->meetingInProgress());
    {
        // Alt+A then "a" must not end the meeting: the secretary stays.
        tf::test::ShownMessages answers(QMessageBox::No);
        CHECK_FALSE(window.close());
        CHECK(window.isVisible());
        REQUIRE(answers.texts.size() == 1);
        CHECK(answers.texts.first().contains(QStringLiteral("Ett möte pågår")));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        CHECK(answers.texts.size() == 2);
        CHECK(navigation->currentRow() == 2);
        CHECK(pages->currentWidget() == meetingMode);
    }
    {
        tf::test::ShownMessages answers(QMessageBox::Yes);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        CHECK(answers.texts.size() == 1);
        CHECK(navigation->currentRow() == 3);
        CHECK(window.close());
        CHECK(answers.texts.size() == 2);
    }
}

TEST_CASE("the first start's window fits the screen with room for its title bar", "[gui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    QSettings().remove(QStringLiteral("mainWindow"));
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa"));
    const QSize screen = window.screen()->availableGeometry().size();
    INFO("screen " << screen.width() << "×" << screen.height() << ", window " << window.width()
                   << "×" << window.height());
    CHECK(window.width() <= std::min(1200, screen.width()));
    CHECK(window.height() <= std::min(800, screen.height() - 64));
}
