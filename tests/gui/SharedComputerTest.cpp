// One office computer under one account, shared by a team: switching user,
// the idle lock and who the changes are recorded under.
#include <catch2/catch.hpp>

#include "services/Identity.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/MinutesFixture.h"
#include "support/SignInAnswer.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/shell/IdleWatch.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tf;
using tf::test::child;

namespace {
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// The notes field of the agenda item meeting mode shows.
QPlainTextEdit *shownNotes(QWidget *meetingMode)
{
    const auto fields
        = meetingMode->findChildren<QPlainTextEdit *>(QStringLiteral("notesTextEdit"));
    for (QPlainTextEdit *field : fields) {
        if (field->isVisibleTo(meetingMode))
            return field;
    }
    FAIL("no notes field shown");
    return nullptr;
}

// Who the change log says wrote the note of the agenda item.
qint64 noteWriter(Workspace &workspace, qint64 itemId)
{
    qint64 entryId = 0;
    for (const MinuteEntry &entry : MeetingMinutes(workspace).entriesBeside(itemId)) {
        if (entry.agendaItemId == itemId && entry.section.isEmpty())
            entryId = entry.id;
    }
    Query logged(workspace.database(),
        QStringLiteral("SELECT person_id FROM change_log WHERE table_name = 'minute_entry' "
                       "AND row_id = ? ORDER BY id DESC"));
    logged.bind(entryId).exec();
    return logged.next() ? logged.id(0) : 0;
}

QString storedNote(Workspace &workspace, qint64 itemId)
{
    for (const MinuteEntry &entry : MeetingMinutes(workspace).entriesBeside(itemId)) {
        if (entry.agendaItemId == itemId && entry.section.isEmpty())
            return entry.text;
    }
    return {};
}
} // namespace

TEST_CASE("after Byt användare changes are recorded under the new person", "[gui][shared]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    Identity(workspace).adopt(f.chairId);
    MainWindow window(workspace);
    window.start(QStringLiteral("Eva Enhetschef"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Åke sits down at Eva's computer and signs in from the Arkiv menu.
    test::signInWhenAsked(f.helperId, {});
    child<QAction>(&window, QStringLiteral("switchUserAction"))->trigger();
    CHECK(workspace.actorId() == f.helperId);
    CHECK(child<QLabel>(&window, QStringLiteral("connectionStatusLabel"))
              ->text()
              .startsWith(QStringLiteral("Inloggad som Åke Öberg")));
    // The computer account remembers him for the next start.
    Workspace again(backend.spec);
    again.open();
    CHECK(Identity(again).recognise()->id == f.helperId);

    // The note he writes now is his in the change log.
    auto *meetingMode = qobject_cast<MeetingModeView *>(window.page(2));
    REQUIRE(meetingMode);
    window.showPage(2);
    tf::test::openShown(*meetingMode, f.meetingId);
    meetingMode->editor()->setCurrentIndex(0);
    QPlainTextEdit *notes = shownNotes(meetingMode);
    type(notes, QStringLiteral("Åke skriver."));
    REQUIRE(meetingMode->saveNow());
    CHECK(storedNote(workspace, f.itemIds.at(0)) == QStringLiteral("Åke skriver."));
    CHECK(noteWriter(workspace, f.itemIds.at(0)) == f.helperId);
}

TEST_CASE("the idle lock hides the work, keeps what was typed and asks who is working",
    "[gui][shared][a11y]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    Identity(workspace).adopt(f.chairId);
    SettingsDialog::setIdleLockMinutes(10);
    MainWindow window(workspace);
    window.start(QStringLiteral("Eva Enhetschef"));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.idleWatch().minutes() == 10);

    // Eva writes in the meeting and walks away before the autosave.
    auto *meetingMode = qobject_cast<MeetingModeView *>(window.page(2));
    REQUIRE(meetingMode);
    window.showPage(2);
    tf::test::openShown(*meetingMode, f.meetingId);
    REQUIRE(meetingMode->meetingInProgress());
    meetingMode->editor()->setCurrentIndex(0);
    QPlainTextEdit *notes = shownNotes(meetingMode);
    type(notes, QStringLiteral("Greta Gransson har fallit."));
    Q_EMIT window.idleWatch().idle();

    LockScreen *lock = window.lockScreen();
    REQUIRE(lock != nullptr);
    CHECK(lock->isVisible());
    CHECK(storedNote(workspace, f.itemIds.at(0)) == QStringLiteral("Greta Gransson har fallit."));
    CHECK(noteWriter(workspace, f.itemIds.at(0)) == f.chairId);
    // The lock names who was signed in and shows nothing of the work: no
    // client, no notes, not even to a screen reader.
    CHECK_FALSE(window.centralWidget()->isVisible());
    const QString shown = test::visibleTexts(lock).join(QLatin1Char('\n'));
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("Eva Enhetschef")));
    CHECK(shown.contains(QStringLiteral("10 minuter")));
    CHECK_FALSE(shown.contains(QStringLiteral("Greta")));
    CHECK_FALSE(
        test::visibleTexts(&window).join(QLatin1Char('\n')).contains(QStringLiteral("fallit")));
    test::checkSwedishAndNamed(lock);
    // Escape does not unlock.
    QTest::keyClick(lock, Qt::Key_Escape);
    CHECK(window.lockScreen() == lock);

    // Åke unlocks: he is working now, and his note is recorded under him.
    auto *who = child<QComboBox>(lock, QStringLiteral("lockPersonComboBox"));
    CHECK(who->currentData().toLongLong() == f.chairId);
    who->setCurrentIndex(who->findData(f.helperId));
    QTest::mouseClick(child<QPushButton>(lock, QStringLiteral("unlockButton")), Qt::LeftButton);
    CHECK(window.lockScreen() == nullptr);
    CHECK(window.centralWidget()->isVisible());
    CHECK(workspace.actorId() == f.helperId);
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(2);
    entry.text = QStringLiteral("Åke tar över.");
    MeetingMinutes(workspace).saveEntry(entry);
    CHECK(noteWriter(workspace, f.itemIds.at(2)) == f.helperId);

    // Locked and unlocked by the same person, nothing changes hands.
    window.lock(false);
    REQUIRE(window.lockScreen() != nullptr);
    QTest::keyClick(window.lockScreen(), Qt::Key_Return);
    CHECK(window.lockScreen() == nullptr);
    CHECK(workspace.actorId() == f.helperId);
}

TEST_CASE("the idle time is a setting; 0 never locks", "[gui][shared]")
{
    SettingsDialog::setIdleLockMinutes(15);
    SettingsDialog dialog;
    auto *minutes = child<QSpinBox>(&dialog, QStringLiteral("idleLockMinutesSpinBox"));
    CHECK(minutes->value() == 15);
    test::checkSwedishAndNamed(&dialog);
    minutes->setValue(0);
    CHECK(minutes->text() == QStringLiteral("aldrig"));
    dialog.accept();
    CHECK(SettingsDialog::idleLockMinutes() == 0);

    IdleWatch watch;
    watch.setMinutes(SettingsDialog::idleLockMinutes());
    CHECK_FALSE(watch.counting());
    watch.setMinutes(5);
    CHECK(watch.counting());
    watch.setPaused(true); // locked: nothing counts
    CHECK_FALSE(watch.counting());
    watch.setPaused(false);
    CHECK(watch.counting());
    SettingsDialog::setIdleLockMinutes(15);
}
