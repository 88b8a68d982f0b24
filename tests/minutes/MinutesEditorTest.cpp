#include <catch2/catch.hpp>

#include "domain/care/RiskAssessment.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "ui/care/NoteCorrectionDialog.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
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
        note.id, QStringLiteral("Greta vill inte gå på promenader."), QStringLiteral("Felskrivet"));
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

namespace {
// The visible button with this name on the editor's current page, and the
// label of corrections and objections beside it.
QPushButton *visibleButton(MinutesEditor &editor, const char *name, QLabel **shown)
{
    for (QPushButton *candidate : editor.findChildren<QPushButton *>(QLatin1String(name))) {
        if (candidate->isVisible()) {
            *shown = candidate->parentWidget()
                         ->findChildren<QLabel *>(QStringLiteral("objectionsLabel"))
                         .value(0);
            return candidate;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("a note is corrected from the minutes with a reason, and the old text is shown",
    "[minutes][objection]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto fixture = tf::test::makeMinutesFixture(workspace);
        workspace.setActorId(fixture.chairId);
        MinuteEntry note;
        note.agendaItemId = fixture.itemIds.at(1); // the client's item
        note.text = QStringLiteral("Greta vill inte gå ut.");
        note = workspace.minutes().saveEntry(note, fixture.chairId);

        MinutesEditor editor(workspace);
        editor.resize(1100, 900);
        editor.show();
        editor.load(*workspace.meetings().byId(fixture.meetingId));
        editor.setCurrentIndex(1);
        QLabel *shown = nullptr;
        QPushButton *correct = visibleButton(editor, "noteCorrectionButton", &shown);
        REQUIRE(correct);
        REQUIRE(shown);
        CHECK(correct->isEnabled());
        CHECK(correct->text() == QStringLiteral("Rätta anteckningen…"));
        QStringList refusals;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            CHECK(dialog->findChild<QLabel *>(QStringLiteral("correctionOldTextLabel"))->text()
                == QStringLiteral("Greta vill inte gå ut."));
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("correctionTextEdit"));
            text->setPlainText(QStringLiteral("Greta vill inte gå ut när det regnar."));
            test::saveScreenshotIfAsked(dialog, QStringLiteral("rattelse"));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveCorrectionButton"));
            {
                // Without a reason the service refuses; the typing stays.
                test::ShownMessages messages;
                QTest::mouseClick(save, Qt::LeftButton);
                refusals = messages.texts;
            }
            CHECK(dialog->isVisible());
            CHECK(text->toPlainText() == QStringLiteral("Greta vill inte gå ut när det regnar."));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("correctionReasonEdit"))
                ->setPlainText(QStringLiteral("Felhört: det gällde regniga dagar"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(correct, Qt::LeftButton);
        REQUIRE(refusals.size() == 1);
        CHECK(refusals.first().contains(QStringLiteral("varför anteckningen rättas")));
        CHECK(workspace.minutes().entry(note.id)->text
            == QStringLiteral("Greta vill inte gå ut när det regnar."));
        NotesEdit *field = nullptr;
        for (NotesEdit *candidate : editor.findChildren<NotesEdit *>())
            if (candidate->isVisible()
                && candidate->objectName() == QStringLiteral("notesTextEdit"))
                field = candidate;
        REQUIRE(field);
        CHECK(field->toPlainText() == QStringLiteral("Greta vill inte gå ut när det regnar."));
        CHECK(shown->isVisibleTo(&editor));
        test::saveScreenshotIfAsked(&editor, QStringLiteral("rattelse-i-protokollet"));
        CHECK(shown->text().contains(
            QStringLiteral("Texten före rättelsen: Greta vill inte gå ut.")));
        CHECK(shown->text().contains(
            QStringLiteral("Skäl till rättelsen: Felhört: det gällde regniga dagar")));
        const auto history = Objections(workspace).correctionsOfNote(note.id);
        REQUIRE(history.size() == 1);
        CHECK(history.first().reason == QStringLiteral("Felhört: det gällde regniga dagar"));

        // Approved: the button is off, and the service refuses the dialog.
        workspace.minutes().finish(fixture.meetingId, fixture.chairId);
        workspace.minutes().approve(fixture.meetingId, fixture.chairId, fixture.chairId);
        editor.load(*workspace.meetings().byId(fixture.meetingId));
        editor.setLocked(true);
        editor.setCurrentIndex(1);
        correct = visibleButton(editor, "noteCorrectionButton", &shown);
        REQUIRE(correct);
        CHECK_FALSE(correct->isEnabled());
        CHECK(correct->toolTip().contains(QStringLiteral("Justerade protokoll")));
        CHECK(shown->text().contains(QStringLiteral("Skäl till rättelsen")));
        const MinuteEntry approved = *workspace.minutes().entry(note.id);
        NoteCorrectionDialog dialog(workspace, approved);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("correctionTextEdit"))
            ->setPlainText(QStringLiteral("Ändrad i efterhand"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("correctionReasonEdit"))
            ->setPlainText(QStringLiteral("Fel"));
        {
            test::ShownMessages messages;
            dialog.accept();
            CHECK(messages.texts.size() == 1);
        }
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(workspace.minutes().entry(note.id)->text
            == QStringLiteral("Greta vill inte gå ut när det regnar."));
        CHECK(Objections(workspace).correctionsOfNote(note.id).size() == 1);
    }
}

TEST_CASE("the risk summary on the client's page says that the client objects to an assessment",
    "[minutes][objection]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto fixture = tf::test::makeMinutesFixture(workspace);
        workspace.setActorId(fixture.chairId);
        RiskAssessment risk;
        risk.clientId = fixture.clientId;
        risk.instrument = QStringLiteral("downton");
        risk.assessedUtc = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
        risk.answers = QJsonObject {{QStringLiteral("previousFalls"), true},
            {QStringLiteral("medications"), QJsonArray {}},
            {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
            {QStringLiteral("gait"), QStringLiteral("normal")}};
        const qint64 assessmentId = workspace.risks().add(risk, fixture.nurseId);
        Objections(workspace).againstAssessment(
            assessmentId, QStringLiteral("Jag har inte fallit i år"));

        MinutesEditor editor(workspace);
        editor.show();
        editor.load(*workspace.meetings().byId(fixture.meetingId));
        editor.setCurrentIndex(1);
        QLabel *summary = nullptr;
        for (QLabel *label : editor.findChildren<QLabel *>(QStringLiteral("riskSummaryLabel")))
            summary = label->isVisible() ? label : summary;
        REQUIRE(summary);
        CHECK(summary->text().startsWith(QStringLiteral("Riskbedömningar: Downton")));
        CHECK(summary->text().contains(QStringLiteral("uppgiften anses oriktig")));
        CHECK(summary->text().contains(QStringLiteral("Jag har inte fallit i år")));
    }
}
