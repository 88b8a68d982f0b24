// The secretary's meeting mode driven through the real widgets, with the
// keyboard where the secretary would use it.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/ActionDialog.h"
#include "ui/minutes/MeetingModeView.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;
using tf::test::ShownMessages;

namespace {
// QTest::keyClicks cannot send å, ä, ö: send each character as a key event
// carrying its text, as a keyboard does.
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// Keys go where the keyboard sends them: to the focused widget.
QPlainTextEdit *focusedNotes()
{
    auto *edit = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(edit != nullptr);
    return edit;
}

QString storedNote(
    const test::TestBackend &backend, qint64 meetingId, qint64 itemId, const QString &section)
{
    // A second connection: only committed text is seen.
    Workspace reader(backend.spec);
    reader.open();
    const auto entries = reader.minutes().entries(meetingId);
    for (const auto &entry : entries) {
        if (entry.agendaItemId == itemId && entry.section == section)
            return entry.text;
    }
    return {};
}

} // namespace

TEST_CASE("meeting mode: secretary, attendance, notes, an action from the keyboard, finish, "
          "approve, addendum",
    "[minutes][gui]")
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
    checkSwedishAndNamed(&view);

    // The meeting of today is proposed; starting it puts it in progress.
    auto *meetings = child<QComboBox>(&view, QStringLiteral("meetingComboBox"));
    REQUIRE(meetings->currentData().toLongLong() == f.meetingId);
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")), Qt::LeftButton);
    REQUIRE(view.meetingId() == f.meetingId);
    CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::InProgress);
    CHECK(child<QLabel>(&view, QStringLiteral("itemClockLabel"))
              ->text()
              .contains(QStringLiteral("kvar")));

    // The chair appoints the secretary among the participants; attendance in one list.
    auto *tabs = child<QTabWidget>(&view, QStringLiteral("meetingModeTabWidget"));
    tabs->setCurrentIndex(1);
    checkSwedishAndNamed(&view);
    auto *secretary = child<QComboBox>(&view, QStringLiteral("secretaryComboBox"));
    secretary->setCurrentIndex(secretary->findData(f.helperId));
    CHECK(workspace.meetings().byId(f.meetingId)->secretaryId == f.helperId);
    const auto participants = workspace.meetings().participants(f.meetingId);
    int nurseRow = -1;
    for (int row = 0; row < participants.size(); ++row) {
        if (participants.at(row).personId == f.nurseId)
            nurseRow = row;
        else
            child<QComboBox>(&view, QStringLiteral("attendanceComboBox%1").arg(row))
                ->setCurrentIndex(1); // present
    }
    REQUIRE(nurseRow >= 0);
    auto *substitute
        = child<QComboBox>(&view, QStringLiteral("substituteComboBox%1").arg(nurseRow));
    substitute->setCurrentIndex(substitute->findData(f.chairId));
    child<QComboBox>(&view, QStringLiteral("attendanceComboBox%1").arg(nurseRow))
        ->setCurrentIndex(3);
    const auto nurse = [&] {
        for (const auto &p : workspace.meetings().participants(f.meetingId)) {
            if (p.personId == f.nurseId)
                return p;
        }
        return Participant();
    };
    CHECK(nurse().attendance == Attendance::SubstitutePresent);
    CHECK(nurse().substituteId == f.chairId);
    // Undo and redo the last attendance change from the keyboard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(nurse().attendance == Attendance::Expected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(nurse().attendance == Attendance::SubstitutePresent);

    // Notes: typed, saved without a save command, committed for another connection.
    tabs->setCurrentIndex(0);
    view.editor()->setCurrentIndex(0);
    QSignalSpy saved(view.editor(), &MinutesEditor::saved);
    QElapsedTimer sinceTyping;
    type(focusedNotes(), QStringLiteral("Alla hälsades välkomna. Åsa är på kurs."));
    sinceTyping.start();
    REQUIRE(saved.wait(5000));
    INFO("saved after " << sinceTyping.elapsed() << " ms; GUI thread busy "
                        << view.editor()->lastSaveMilliseconds() << " ms");
    CHECK(storedNote(backend, f.meetingId, f.itemIds.at(0), {})
        == QStringLiteral("Alla hälsades välkomna. Åsa är på kurs."));

    // Next item from the keyboard: the client item, written section by section.
    QTest::keyClick(focusedNotes(), Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(view.editor()->currentIndex() == 1);
    CHECK(child<QLabel>(&view, QStringLiteral("riskSummaryLabel"))->text()
        == QStringLiteral("Riskbedömningar: inga registrerade."));
    auto *wishes = child<QPlainTextEdit>(&view, QStringLiteral("wishesNotesTextEdit"));
    wishes->setFocus();
    type(wishes, QStringLiteral("Vill gå ut på förmiddagen."));
    REQUIRE(saved.wait(5000));
    CHECK(storedNote(backend, f.meetingId, f.itemIds.at(1), QStringLiteral("wishes"))
        == QStringLiteral("Vill gå ut på förmiddagen."));

    // Undo and redo of typing, also reaching the store.
    QTest::keyClick(wishes, Qt::Key_Z, Qt::ControlModifier);
    CHECK(wishes->toPlainText() != QStringLiteral("Vill gå ut på förmiddagen."));
    REQUIRE(view.saveNow());
    CHECK(storedNote(backend, f.meetingId, f.itemIds.at(1), QStringLiteral("wishes"))
        == wishes->toPlainText());
    QTest::keyClick(wishes, Qt::Key_Y, Qt::ControlModifier);
    CHECK(wishes->toPlainText() == QStringLiteral("Vill gå ut på förmiddagen."));

    // A decision becomes an action in one keystroke; the current line is its text.
    QPlainTextEdit *clientNotes = nullptr;
    for (auto *edit : view.findChildren<QPlainTextEdit *>(QStringLiteral("notesTextEdit"))) {
        if (edit->isVisible())
            clientNotes = edit;
    }
    REQUIRE(clientNotes);
    clientNotes->setFocus();
    type(clientNotes, QStringLiteral("Beställ höftskydd"));
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialogSeen = true;
        checkSwedishAndNamed(dialog);
        CHECK(child<QLineEdit>(dialog, QStringLiteral("actionWhatLineEdit"))->text()
            == QStringLiteral("Beställ höftskydd"));
        // An unknown name is refused with a message and the dialog stays open.
        auto *responsible = child<QLineEdit>(dialog, QStringLiteral("actionResponsibleLineEdit"));
        responsible->setText(QStringLiteral("Ingen Alls"));
        QTest::keyClick(responsible, Qt::Key_Return);
        CHECK(dialog->isVisible());
        responsible->setText(QStringLiteral("sara sjöström"));
        child<QSpinBox>(dialog, QStringLiteral("actionFollowUpSpinBox"))->setValue(14);
        child<QCheckBox>(dialog, QStringLiteral("actionFeedbackCheckBox"))->setChecked(true);
        child<QLineEdit>(dialog, QStringLiteral("actionFeedbackByLineEdit"))
            ->setText(QStringLiteral("Åke Öberg"));
        QTest::keyClick(responsible, Qt::Key_Return);
    });
    QTest::keyClick(clientNotes, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialogSeen);
    view.activateWindow(); // the offscreen platform does not hand activation back
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(QApplication::focusWidget() == clientNotes); // typing goes on where it was
    CHECK(answers.texts.size() == 1);
    auto actions = workspace.actions().byMeeting(f.meetingId);
    REQUIRE(actions.size() == 1);
    CHECK(actions.first().what == QStringLiteral("Beställ höftskydd"));
    CHECK(actions.first().responsibleId == f.nurseId);
    CHECK(actions.first().agendaItemId == f.itemIds.at(1));
    CHECK(actions.first().clientId == f.clientId);
    CHECK(actions.first().followUpDays == 14);
    CHECK(actions.first().feedbackById == f.helperId);
    // The shown Undo button names the step and undoes the action; Ctrl+Y
    // outside a text field redoes it.
    auto *undoButton = child<QToolButton>(&view, QStringLiteral("undoButton"));
    CHECK(undoButton->text() == QStringLiteral("Ångra ny åtgärd"));
    QTest::mouseClick(undoButton, Qt::LeftButton);
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Cancelled);
    auto *agenda = child<QListWidget>(&view, QStringLiteral("agendaListWidget"));
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Y, Qt::ControlModifier);
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Open);
    CHECK(clientNotes->toPlainText() == QStringLiteral("Beställ höftskydd"));

    // The clock warns calmly when time runs over.
    view.timer().advance(31 * 60);
    view.updateClock();
    CHECK(child<QLabel>(&view, QStringLiteral("meetingClockLabel"))
              ->text()
              .contains(QStringLiteral("över tiden")));

    // Finish from the keyboard, then approval locks the minutes.
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::Finished);
    checkSwedishAndNamed(&view);
    auto *approver = child<QComboBox>(&view, QStringLiteral("approverComboBox"));
    approver->setCurrentIndex(approver->findData(f.chairId));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("approveMinutesButton")), Qt::LeftButton);
    CHECK(workspace.minutes().closing(f.meetingId).locked);
    CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::Approved);
    CHECK(wishes->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&view, QStringLiteral("newActionButton"))->isEnabled());

    // After approval only a dated addendum.
    auto *addendum = child<QPlainTextEdit>(&view, QStringLiteral("addendumTextEdit"));
    addendum->setFocus();
    type(addendum, QStringLiteral("Rättelse: Åsa var närvarande."));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("addAddendumButton")), Qt::LeftButton);
    const auto addenda = workspace.minutes().addenda(f.meetingId);
    REQUIRE(addenda.size() == 1);
    CHECK(addenda.first().text == QStringLiteral("Rättelse: Åsa var närvarande."));
    CHECK(addenda.first().authorId == f.chairId);
    CHECK(storedNote(backend, f.meetingId, f.itemIds.at(1), QStringLiteral("wishes"))
        == QStringLiteral("Vill gå ut på förmiddagen."));
    checkSwedishAndNamed(&view);

    // The copy for a wider audience, saved from the closing tab.
    const QString pdf = backend.folder->filePath(QStringLiteral("avidentifierad.pdf"));
    FileDialog::setHandler([&](const QString &, const QString &) { return pdf; });
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("exportAnonymousPdfButton")), Qt::LeftButton);
    FileDialog::setHandler({});
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Vill gå ut på förmiddagen.")));
    CHECK(text.contains(QStringLiteral("Rättelse: Åsa var närvarande.")));
    CHECK(text.contains(QStringLiteral("G. G.")));
    CHECK_FALSE(text.contains(QStringLiteral("Greta")));
    CHECK_FALSE(text.contains(QStringLiteral("Gransson")));
}

TEST_CASE("Ctrl+Z in a notes field undoes its last typing, never a just-saved action",
    "[minutes][gui][undo]")
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
    view.openMeeting(f.meetingId);
    view.editor()->setCurrentIndex(0);
    QPlainTextEdit *notes = focusedNotes();

    type(notes, QStringLiteral("Beställ rollator"));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *responsible = child<QLineEdit>(dialog, QStringLiteral("actionResponsibleLineEdit"));
        responsible->setText(QStringLiteral("sara sjöström"));
        QTest::keyClick(responsible, Qt::Key_Return);
    });
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(QApplication::focusWidget() == notes);
    REQUIRE(workspace.actions().byMeeting(f.meetingId).size() == 1);

    type(notes, QStringLiteral(" till Åsa"));
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    CHECK(notes->toPlainText() == QStringLiteral("Beställ rollator"));
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Open);
    REQUIRE(view.saveNow());
    CHECK(storedNote(backend, f.meetingId, f.itemIds.at(0), {})
        == QStringLiteral("Beställ rollator"));
    // Ctrl+Y brings the typing back; the action is untouched either way.
    QTest::keyClick(notes, Qt::Key_Y, Qt::ControlModifier);
    CHECK(notes->toPlainText() == QStringLiteral("Beställ rollator till Åsa"));
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Open);

    // Outside the field Ctrl+Z reaches the action.
    auto *agenda = child<QListWidget>(&view, QStringLiteral("agendaListWidget"));
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(workspace.actions().byMeeting(f.meetingId).first().status == ActionStatus::Cancelled);
    CHECK(notes->toPlainText() == QStringLiteral("Beställ rollator till Åsa"));
    checkSwedishAndNamed(&view);
}
