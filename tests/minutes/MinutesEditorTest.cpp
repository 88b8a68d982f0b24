#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace tf;

TEST_CASE("reopened notes are written on after what is there, not before it", "[minutes]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = tf::test::makeMinutesFixture(workspace);
    MinuteEntry earlier;
    earlier.agendaItemId = fixture.itemIds.first();
    earlier.text = QStringLiteral("Första raden.");
    workspace.minutes().saveEntry(earlier, fixture.chairId);

    MinutesEditor editor(workspace);
    editor.show();
    editor.load(*workspace.meetings().byId(fixture.meetingId));
    NotesEdit *notes = nullptr;
    for (NotesEdit *field : editor.findChildren<NotesEdit *>()) {
        if (field->isVisible() && field->toPlainText() == earlier.text)
            notes = field;
    }
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral(" Andra."));
    CHECK(notes->toPlainText() == QStringLiteral("Första raden. Andra."));
}

namespace {
// The visible notes field of the editor's current page.
NotesEdit *visibleNotes(MinutesEditor &editor)
{
    for (NotesEdit *field : editor.findChildren<NotesEdit *>()) {
        if (field->isVisible())
            return field;
    }
    return nullptr;
}
} // namespace

TEST_CASE("two secretaries starting the same empty field both keep their text", "[minutes]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace first(backend.spec);
        first.open();
        const auto fixture = tf::test::makeMinutesFixture(first);
        first.setActorId(fixture.chairId);
        Workspace second(backend.spec);
        second.open();
        second.setActorId(fixture.nurseId);
        const Meeting meeting = *first.meetings().byId(fixture.meetingId);

        MinutesEditor one(first);
        MinutesEditor two(second);
        QStringList merged;
        QStringList failures;
        QObject::connect(&two, &MinutesEditor::merged, [&](const QString &m) { merged << m; });
        QObject::connect(
            &two, &MinutesEditor::saveFailed, [&](const QString &m) { failures << m; });
        for (MinutesEditor *editor : {&one, &two}) {
            editor->show();
            editor->load(meeting);
            editor->setCurrentIndex(0);
        }
        NotesEdit *notesOne = visibleNotes(one);
        NotesEdit *notesTwo = visibleNotes(two);
        REQUIRE(notesOne);
        REQUIRE(notesTwo);
        QTest::keyClicks(notesOne, QStringLiteral("Eva skriver."));
        QTest::keyClicks(notesTwo, QStringLiteral("Sara skriver."));
        REQUIRE(one.saveNow());
        CHECK(two.saveNow());
        CHECK(failures.isEmpty());
        CHECK(merged.size() == 1);
        CHECK(notesTwo->toPlainText() == QStringLiteral("Eva skriver.\nSara skriver."));
        // Typing on saves without another conflict.
        QTest::keyClicks(notesTwo, QStringLiteral(" Klart."));
        CHECK(two.saveNow());
        QString stored;
        for (const MinuteEntry &entry : first.minutes().entries(fixture.meetingId)) {
            if (entry.agendaItemId == fixture.itemIds.first() && entry.section.isEmpty())
                stored = entry.text;
        }
        CHECK(stored == QStringLiteral("Eva skriver.\nSara skriver. Klart."));
    }
}

TEST_CASE("an objection to a note of approved minutes is recorded and shown under the note",
    "[minutes][objection]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = tf::test::makeMinutesFixture(workspace);
    workspace.setActorId(fixture.chairId);
    MinuteEntry note;
    note.agendaItemId = fixture.itemIds.at(1); // the client's item
    note.text = QStringLiteral("Greta vill inte gå ut.");
    note = workspace.minutes().saveEntry(note, fixture.chairId);
    note = Objections(workspace).correctNote(
        note.id, QStringLiteral("Greta vill inte gå på promenader."));
    workspace.minutes().finish(fixture.meetingId, fixture.chairId);
    workspace.minutes().approve(fixture.meetingId, fixture.chairId, fixture.chairId);

    MinutesEditor editor(workspace);
    editor.show();
    editor.load(*workspace.meetings().byId(fixture.meetingId));
    editor.setLocked(true);
    editor.setCurrentIndex(1);
    QPushButton *button = nullptr;
    QLabel *shown = nullptr;
    for (QPushButton *candidate :
        editor.findChildren<QPushButton *>(QStringLiteral("noteObjectionButton"))) {
        if (candidate->isVisible() && !button) {
            button = candidate;
            shown = candidate->parentWidget()
                        ->findChildren<QLabel *>(QStringLiteral("objectionsLabel"))
                        .value(0);
        }
    }
    REQUIRE(button);
    REQUIRE(shown);
    // The correction made before approval is shown with the earlier text.
    CHECK(shown->text().contains(QStringLiteral("Texten före rättelsen: Greta vill inte gå ut.")));
    CHECK_FALSE(shown->text().contains(QStringLiteral("oriktig")));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("objectionAboutLabel"))->text()
            == QStringLiteral("Greta vill inte gå på promenader."));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("objectionTextEdit"))
            ->setPlainText(QStringLiteral("Jag har sagt att jag vill gå på förmiddagen"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveObjectionButton")),
            Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(shown->isVisibleTo(&editor));
    CHECK(shown->text().contains(QStringLiteral("uppgiften anses oriktig")));
    CHECK(shown->text().contains(QStringLiteral("Jag har sagt att jag vill gå på förmiddagen")));
    // The approved note is as it was.
    bool unchanged = false;
    for (const MinuteEntry &entry : workspace.minutes().entries(fixture.meetingId))
        unchanged |= entry.text == note.text;
    CHECK(unchanged);
}
