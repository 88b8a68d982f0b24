// The secretary's meeting mode driven through the real widgets, with the
// keyboard where the secretary would use it.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/SignInAnswer.h"
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
#include <QDateEdit>
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
#include <QTableWidget>
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
    tf::test::waitShown(view); // the chooser's meetings
    checkSwedishAndNamed(&view);

    // The meeting of today is proposed; starting it puts it in progress.
    auto *meetings = child<QComboBox>(&view, QStringLiteral("meetingComboBox"));
    REQUIRE(meetings->currentData().toLongLong() == f.meetingId);
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("startMeetingModeButton")), Qt::LeftButton);
    tf::test::waitShown(view);
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
    auto *list = child<QTableWidget>(&view, QStringLiteral("attendanceTableWidget"));
    int nurseRow = -1;
    for (int row = 0; row < participants.size(); ++row) {
        list->setCurrentCell(row, 0);
        if (participants.at(row).personId == f.nurseId)
            nurseRow = row;
        else
            QTest::keyClick(list, Qt::Key_N); // present
    }
    REQUIRE(nurseRow >= 0);
    auto *substitute
        = child<QComboBox>(&view, QStringLiteral("substituteComboBox%1").arg(nurseRow));
    // The staff who may stand in are read once a substitute is to be
    // chosen, not with the meeting; those called to it are not offered.
    CHECK(substitute->findData(f.standInId) == -1);
    substitute->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return substitute->findData(f.standInId) >= 0; }, 5000));
    CHECK(substitute->findData(f.chairId) == -1);
    // Every row's chooser offers the one list, not a copy of the staff each.
    REQUIRE(participants.size() > 1);
    const auto *another = child<QComboBox>(
        &view, QStringLiteral("substituteComboBox%1").arg(nurseRow == 0 ? 1 : 0));
    CHECK(another->model() == substitute->model());
    CHECK(another->findData(f.standInId) >= 0);
    substitute->setCurrentIndex(substitute->findData(f.standInId));
    list->setFocus();
    list->setCurrentCell(nurseRow, 0);
    QTest::keyClick(list, Qt::Key_E); // her substitute is present
    const auto nurse = [&] {
        for (const auto &p : workspace.meetings().participants(f.meetingId)) {
            if (p.personId == f.nurseId)
                return p;
        }
        return Participant();
    };
    CHECK(nurse().attendance == Attendance::SubstitutePresent);
    CHECK(nurse().substituteId == f.standInId);
    // Undo and redo the last attendance change from the keyboard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(nurse().attendance == Attendance::Expected);
    CHECK(nurse().substituteId == f.standInId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(nurse().attendance == Attendance::SubstitutePresent);
    test::saveScreenshotIfAsked(&view, QStringLiteral("meeting-mode-attendance"));

    // Notes: typed, saved without a save command, committed for another connection.
    tabs->setCurrentIndex(0);
    view.editor()->setCurrentIndex(0);
    QSignalSpy saved(view.editor(), &MinutesEditor::saved);
    QElapsedTimer sinceTyping;
    type(focusedNotes(), QStringLiteral("Alla hälsades välkomna. Åsa är på kurs."));
    sinceTyping.start();
    REQUIRE(saved.wait(5000));
    INFO("saved after " << sinceTyping.elapsed() << " ms; GUI thread busy "
                        << view.editor()->lastSaveMicroseconds() << " µs");
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
    test::saveScreenshotIfAsked(&view, QStringLiteral("meeting-mode-notes"));

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
    // The chair signs in with the code she chooses now, and approves.
    test::signInWhenAsked(f.chairId, QStringLiteral("eva-2468"));
    QTest::mouseClick(
        child<QPushButton>(&view, QStringLiteral("approveMinutesButton")), Qt::LeftButton);
    CHECK(workspace.minutes().closing(f.meetingId).locked);
    CHECK(workspace.minutes().closing(f.meetingId).approvedById == f.chairId);
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
    tf::test::openShown(view, f.meetingId);
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

TEST_CASE(
    "attendance is marked from the keyboard: eight people in under twelve keys", "[minutes][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    for (const char *name : {"Anna Ahl", "Bo Berg", "Cia Ceder", "Dan Dahl", "Ebba Ek"}) {
        Person person;
        person.name = QString::fromUtf8(name);
        Participant participant;
        participant.meetingId = f.meetingId;
        participant.personId = workspace.people().create(person, f.chairId);
        workspace.meetings().setParticipant(participant, f.chairId);
    }
    const auto attendance = [&] {
        QList<Attendance> states;
        for (const Participant &p : workspace.meetings().participants(f.meetingId))
            states << p.attendance;
        return states;
    };
    REQUIRE(attendance().size() == 8);

    MeetingModeView view(workspace);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    REQUIRE(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));

    // From the notes: Ctrl+Tab to the list, then one key per person; the
    // list moves on by itself. Six present, one absent, one substitute.
    int keys = 0;
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        ++keys;
    };
    press(Qt::Key_Tab, Qt::ControlModifier);
    auto *tabs = child<QTabWidget>(&view, QStringLiteral("meetingModeTabWidget"));
    CHECK(tabs->currentIndex() == 1);
    for (Qt::Key key : {Qt::Key_N, Qt::Key_N, Qt::Key_F, Qt::Key_Space, Qt::Key_N, Qt::Key_E,
             Qt::Key_N, Qt::Key_N})
        press(key);
    CHECK(keys < 12);
    CHECK(attendance()
        == QList<Attendance> {Attendance::Present, Attendance::Present, Attendance::Absent,
            Attendance::Present, Attendance::Present, Attendance::SubstitutePresent,
            Attendance::Present, Attendance::Present});

    // The arrows move between people without changing anyone; Space on a
    // present person marks her absent.
    auto *list = child<QTableWidget>(&view, QStringLiteral("attendanceTableWidget"));
    list->setCurrentCell(0, 0);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(list->currentRow() == 1);
    CHECK(attendance().at(1) == Attendance::Present);
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(attendance().at(1) == Attendance::Absent);
    CHECK(list->item(1, 1)->text() == QStringLiteral("Frånvarande"));
    // Every state's text fits its column.
    CHECK(list->columnWidth(1)
        > list->fontMetrics().horizontalAdvance(QStringLiteral("Ersättare närvarande")));

    // Back to the notes by keyboard, both ways.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
    CHECK(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
}

TEST_CASE("everyone not yet marked is present in one key, undone in one step", "[minutes][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    MeetingModeView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    const auto attendanceOf = [&](qint64 personId) {
        for (const Participant &p : workspace.meetings().participants(f.meetingId)) {
            if (p.personId == personId)
                return p.attendance;
        }
        return Attendance::Expected;
    };
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    auto *list = child<QTableWidget>(&view, QStringLiteral("attendanceTableWidget"));
    REQUIRE(QApplication::focusWidget() == list);
    // The nurse has sent word she is ill; then everyone else at once.
    const auto participants = workspace.meetings().participants(f.meetingId);
    for (int row = 0; row < participants.size(); ++row) {
        if (participants.at(row).personId == f.nurseId)
            list->setCurrentCell(row, 0);
    }
    QTest::keyClick(list, Qt::Key_F);
    auto *allPresent = child<QPushButton>(&view, QStringLiteral("allPresentButton"));
    const QKeySequence mnemonic = QKeySequence::mnemonic(allPresent->text());
    REQUIRE_FALSE(mnemonic.isEmpty());
    QTest::keySequence(QApplication::focusWidget(), mnemonic);
    // A mnemonic clicks its button a moment later, as a click is shown.
    for (int i = 0; i < 100 && attendanceOf(f.chairId) != Attendance::Present; ++i)
        QTest::qWait(20);
    CHECK(attendanceOf(f.nurseId) == Attendance::Absent);
    CHECK(attendanceOf(f.chairId) == Attendance::Present);
    CHECK(attendanceOf(f.helperId) == Attendance::Present);
    view.undoStack()->undo();
    CHECK(attendanceOf(f.chairId) == Attendance::Expected);
    CHECK(attendanceOf(f.helperId) == Attendance::Expected);
    CHECK(attendanceOf(f.nurseId) == Attendance::Absent);
}

TEST_CASE("a meeting of a later day is prepared but not finished, and its dates start from its day",
    "[minutes][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(40);
    const auto f = test::makeMinutesFixture(workspace, later);
    workspace.setActorId(f.chairId);
    MeetingModeView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    tf::test::openShown(view, f.meetingId);
    CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::Planned);
    CHECK_FALSE(view.meetingInProgress());
    CHECK_FALSE(child<QPushButton>(&view, QStringLiteral("finishMeetingButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, QStringLiteral("approveMinutesButton"))->isEnabled());
    CHECK(child<QLabel>(&view, QStringLiteral("closingStateLabel"))
              ->text()
              .startsWith(QStringLiteral("Mötet är planerat till ")));

    // An action prepared for the meeting is due a week after the meeting.
    QDate proposed;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        proposed = child<QDateEdit>(dialog, QStringLiteral("actionDueDateEdit"))->date();
        dialog->reject();
    });
    view.newAction();
    CHECK(proposed == stockholmDate(later).addDays(7));
}
