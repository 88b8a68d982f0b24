// Approval ends meeting mode's undo: what was recorded before it is part of
// the approved minutes, here and when another client approved them.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/ShownMessages.h"
#include "support/SignInAnswer.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/minutes/ActionDialog.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;
using tf::test::ShownMessages;

namespace {
const QString kLocked
    = QStringLiteral("Protokollet är justerat och låst. Rättelser läggs till som tillägg.");

// Records an action on the first item through the dialog, as the secretary
// does with Ctrl+Enter.
void recordAction(MeetingModeView &view)
{
    view.editor()->setCurrentIndex(0);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(dialog, QStringLiteral("actionWhatLineEdit"))
            ->setText(QStringLiteral("Beställ rollator"));
        auto *responsible = child<QLineEdit>(dialog, QStringLiteral("actionResponsibleLineEdit"));
        responsible->setText(QStringLiteral("sara sjöström"));
        QTest::keyClick(responsible, Qt::Key_Return);
    });
    QWidget *typing = QApplication::focusWidget();
    REQUIRE(typing);
    QTest::keyClick(typing, Qt::Key_Return, Qt::ControlModifier);
    view.activateWindow(); // the offscreen platform does not hand activation back
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

void undoFromTheAgenda(MeetingModeView &view)
{
    auto *agenda = child<QListWidget>(&view, QStringLiteral("agendaListWidget"));
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
}
} // namespace

TEST_CASE("approving the minutes clears meeting mode's undo steps", "[minutes][gui][lock]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    ShownMessages answers(QMessageBox::Yes);
    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    recordAction(view);
    REQUIRE(workspace.actions().byMeeting(f.meetingId).size() == 1);
    REQUIRE(view.undoStack()->canUndo());

    // Finishing keeps the steps; approving ends them.
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(view.undoStack()->canUndo());
    // Sara is named justerare at the meeting and approves with the code she
    // chooses now.
    auto *justerare = child<QListWidget>(&view, QStringLiteral("justerareListWidget"));
    const auto sara = justerare->findItems(QStringLiteral("Sara Sjöström"), Qt::MatchExactly);
    REQUIRE(sara.size() == 1);
    sara.first()->setCheckState(Qt::Checked);
    CHECK(MeetingMinutes(workspace).justerare(f.meetingId) == QList<qint64> {f.nurseId});
    test::signInWhenAsked(f.nurseId, QStringLiteral("sara-1357"));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("approveMinutesButton")), Qt::LeftButton);
    REQUIRE(workspace.minutes().isLocked(f.meetingId));
    CHECK(workspace.minutes().closing(f.meetingId).approvedById == f.nurseId);
    CHECK_FALSE(view.undoStack()->canUndo());
    CHECK_FALSE(view.undoStack()->canRedo());
    CHECK_FALSE(child<QToolButton>(&view, QStringLiteral("undoButton"))->isEnabled());
    undoFromTheAgenda(view);
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Open);
    checkSwedishAndNamed(&view);
}

TEST_CASE(
    "an undo after another client approved the minutes changes nothing", "[minutes][gui][lock]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    ShownMessages answers(QMessageBox::Yes);
    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    recordAction(view);
    REQUIRE(view.undoStack()->canUndo());

    Workspace other(backend.spec);
    other.open();
    other.minutes().finish(f.meetingId, f.chairId);
    other.minutes().setJusterare(f.meetingId, {f.nurseId}, f.chairId);
    other.minutes().approve(f.meetingId, f.nurseId, f.chairId);
    answers.texts.clear();

    undoFromTheAgenda(view);
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Open);
    CHECK(answers.texts.contains(kLocked));
}

TEST_CASE("meeting mode locks when another client approves the minutes", "[minutes][gui][lock]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    workspace.changes().setPollInterval(20);
    ShownMessages answers(QMessageBox::Yes);
    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    recordAction(view);
    REQUIRE(view.undoStack()->canUndo());

    Workspace other(backend.spec);
    other.open();
    other.minutes().finish(f.meetingId, f.chairId);
    other.minutes().setJusterare(f.meetingId, {f.nurseId}, f.chairId);
    other.minutes().approve(f.meetingId, f.nurseId, f.chairId);

    auto *newAction = child<QPushButton>(&view, QStringLiteral("newActionButton"));
    REQUIRE(QTest::qWaitFor([&] { return !newAction->isEnabled(); }, 20000));
    CHECK_FALSE(view.undoStack()->canUndo());
    CHECK(child<QPushButton>(&view, QStringLiteral("addAddendumButton"))->isEnabled());
    CHECK(child<QLabel>(&view, QStringLiteral("closingStateLabel"))
              ->text()
              .contains(QStringLiteral("låsta")));
    CHECK(answers.texts.isEmpty());
}
