// The contact person's and the nurse's views, driven through real widgets.
#include <catch2/catch.hpp>

#include "domain/Unit.h"
#include "models/RiskHistoryModel.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"
#include "support/Accessibility.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "support/WidgetChecks.h"
#include "ui/care/ComingAssessmentsTree.h"
#include "ui/care/ContactPersonView.h"
#include "ui/care/NurseView.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;
using tf::test::ShownMessages;

namespace {
// Runs `drive` on the modal dialog the next action opens.
void whenDialogOpens(std::function<void(QDialog *)> drive)
{
    QTimer::singleShot(0, [drive] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        drive(dialog);
    });
}

struct Scene
{
    qint64 contactId = 0;
    qint64 nurseId = 0;
    qint64 unitId = 0;
    qint64 clientId = 0;
    qint64 meetingId = 0;
    qint64 itemId = 0;
};

// As the user clicks the first row of a list.
void selectFirstRow(QTableView *table)
{
    table->setCurrentIndex(table->model()->index(0, 0));
}

qint64 templateFor(Workspace &workspace, const char *forum)
{
    for (const auto &t : workspace.templates().byServiceType(ServiceType::Sabo)) {
        if (t.forum == QLatin1String(forum))
            return t.id;
    }
    for (const auto &t : workspace.templates().all()) {
        if (t.forum == QLatin1String(forum))
            return t.id;
    }
    return 0;
}

Scene makeScene(Workspace &workspace)
{
    Scene s;
    test::TeamSpec spec;
    spec.leadName = QStringLiteral("Kim Karlsson");
    spec.nurseName = QStringLiteral("Sara Ström");
    spec.leadIsContactPerson = true;
    const test::TeamFixture team = test::makeTeam(workspace, spec);
    s.contactId = team.leadId;
    s.nurseId = team.nurseId;
    s.unitId = team.unitId;
    s.clientId = team.clientId;
    Meeting meeting;
    meeting.unitId = s.unitId;
    meeting.templateId = templateFor(workspace, "teammote");
    meeting.startUtc = QDateTime::currentDateTimeUtc().addDays(5);
    meeting.minutes = 30;
    s.meetingId = workspace.meetings().create(meeting, s.contactId);
    AgendaItem item;
    item.meetingId = s.meetingId;
    item.clientId = s.clientId;
    item.title = spec.clientName;
    s.itemId = workspace.meetings().addAgendaItem(item, s.contactId);
    return s;
}
} // namespace

TEST_CASE("the coming assessments say what their status means", "[care-ui][look]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    // Two pulsmöten before the teammöte, with no client on their agendas.
    for (int days : {1, 2}) {
        Meeting pulse;
        pulse.unitId = scene.unitId;
        pulse.templateId = templateFor(workspace, "pulsmote");
        pulse.startUtc = QDateTime::currentDateTimeUtc().addDays(days);
        pulse.minutes = 15;
        workspace.meetings().create(pulse, scene.contactId);
    }
    workspace.setActorId(scene.nurseId);
    NurseView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *tree = qobject_cast<ComingAssessmentsTree *>(
        child<QTreeWidget>(&view, "comingMeetingsTreeWidget"));
    REQUIRE(tree);
    CHECK(tree->headerItem()->text(2) == QStringLiteral("Senast gjord"));
    CHECK(tree->headerItem()->text(3) == QStringLiteral("Ska göras senast"));
    // The teammöte with its client, then one row for the empty agendas.
    REQUIRE(tree->topLevelItemCount() == 2);
    QTreeWidgetItem *meeting = tree->topLevelItem(0);
    REQUIRE(meeting->childCount() == 1);
    CHECK(meeting->child(0)->text(0) == QStringLiteral("Greta Gran"));
    CHECK(meeting->child(0)->text(1) == QStringLiteral("4 bedömningar att göra"));
    CHECK(meeting->text(1) == QStringLiteral("4 att göra"));
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("2 möten utan kund på dagordningen"));

    // A verksamhet that chose no instruments has nothing up to date.
    workspace.risks().setInstrumentsFor(ServiceType::Sabo, {}, scene.nurseId);
    view.refresh();
    meeting = tree->topLevelItem(0);
    REQUIRE(meeting->childCount() == 1);
    CHECK(meeting->child(0)->childCount() == 0);
    CHECK(meeting->child(0)->text(1) == QStringLiteral("Verksamheten har inga valda bedömningar"));
    CHECK(meeting->text(1) == QStringLiteral("Ingen bedömning att göra"));
    const QStringList texts = test::visibleTexts(tree);
    CHECK_FALSE(texts.contains(QStringLiteral("Bedömningarna är aktuella")));
    CHECK_FALSE(texts.contains(QStringLiteral("Ingen kund på dagordningen")));
}

TEST_CASE("the contact person fills the checklist and reports a decision back", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    Action decision;
    decision.meetingId = scene.meetingId;
    decision.clientId = scene.clientId;
    decision.what = QStringLiteral("Prova rollator inomhus");
    decision.responsibleId = scene.nurseId;
    decision.feedbackToClient = true;
    const qint64 decisionId = workspace.actions().create(decision, scene.nurseId);
    Action mine = decision;
    mine.what = QStringLiteral("Köpa nya tofflor");
    mine.responsibleId = scene.contactId;
    mine.feedbackToClient = false;
    mine.dueDate = QDate::currentDate().addDays(3);
    workspace.actions().create(mine, scene.contactId);
    workspace.setActorId(scene.contactId);

    ContactPersonView view(workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const auto *clients = child<QTableView>(&view, "myClientsTableWidget")->model();
    REQUIRE(clients->rowCount() == 1);
    CHECK(clients->index(0, 0).data().toString() == QStringLiteral("Greta Gran"));
    CHECK(clients->index(0, 1).data().toString().contains(QStringLiteral("Teammöte")));
    CHECK(clients->index(0, 2).data().toString() == QStringLiteral("Att göra"));
    CHECK(clients->index(0, 3).data().toString() == QStringLiteral("Saknas"));
    CHECK(child<QTableView>(&view, "myActionsTableWidget")->model()->rowCount() == 1);
    checkSwedishAndNamed(&view);

    // The checklist, typed in and saved.
    QTest::mouseClick(
        child<QCheckBox>(&view, "clientAskedCheckBox"), Qt::LeftButton, {}, QPoint(5, 5));
    auto *wishes = child<QPlainTextEdit>(&view, "clientWishesPlainTextEdit");
    wishes->setFocus();
    QTest::keyClicks(wishes, QStringLiteral("Vill promenera varje dag"));
    auto *relatives = child<QComboBox>(&view, "relativesComboBox");
    relatives->setCurrentIndex(relatives->findText(QStringLiteral("Närstående tillfrågade")));
    QTest::mouseClick(child<QPushButton>(&view, "saveChecklistButton"), Qt::LeftButton);
    const auto stored = workspace.care().participation(scene.itemId);
    REQUIRE(stored);
    CHECK(stored->clientAsked);
    CHECK(stored->clientWishes == QStringLiteral("Vill promenera varje dag"));
    CHECK(stored->relatives == RelativesAsked::Asked);
    CHECK(clients->index(0, 2).data().toString() == QStringLiteral("Klar"));

    // The decision is listed until it is marked as reported back.
    auto *feedback = child<QTableView>(&view, "feedbackTableWidget");
    REQUIRE(feedback->model()->rowCount() == 1);
    CHECK(feedback->model()->index(0, 1).data().toString()
        == QStringLiteral("Prova rollator inomhus"));
    selectFirstRow(feedback);
    whenDialogOpens([](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *method = child<QComboBox>(dialog, "feedbackMethodComboBox");
        method->setCurrentIndex(method->findText(QStringLiteral("Per telefon")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveFeedbackButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&view, "markFeedbackButton"), Qt::LeftButton);
    CHECK(feedback->model()->rowCount() == 0);
    const auto given = workspace.care().feedback(decisionId);
    REQUIRE(given);
    CHECK(given->method == FeedbackMethod::Phone);
    CHECK(given->givenOn == QDate::currentDate());
}

TEST_CASE("a samordningsmöte refuses the client without consent and says why", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    Meeting samordning;
    samordning.unitId = scene.unitId;
    samordning.templateId = templateFor(workspace, "samordningsmote");
    samordning.startUtc = QDateTime::currentDateTimeUtc().addDays(2);
    samordning.minutes = 60;
    const qint64 samordningId = workspace.meetings().create(samordning, scene.contactId);
    workspace.setActorId(scene.contactId);
    ContactPersonView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    ShownMessages messages;
    whenDialogOpens([](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *meeting = child<QComboBox>(dialog, "agendaMeetingComboBox");
        CHECK(meeting->count() == 2);
        CHECK(meeting->currentText().contains(QStringLiteral("Samordningsmöte")));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "agendaBodyPlainTextEdit"),
            QStringLiteral("Vill ha ny tid hos tandhygienisten"));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmAgendaItemButton"), Qt::LeftButton);
        // Refused: the dialog stays open with the text kept.
        CHECK(dialog->isVisible());
        CHECK(child<QPlainTextEdit>(dialog, "agendaBodyPlainTextEdit")->toPlainText()
            == QStringLiteral("Vill ha ny tid hos tandhygienisten"));
        meeting->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(dialog, "confirmAgendaItemButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&view, "addClientItemButton"), Qt::LeftButton);
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("samtycke")));
    CHECK(workspace.meetings().agendaItems(samordningId).isEmpty());
    const auto items = workspace.meetings().agendaItems(scene.meetingId);
    REQUIRE(items.size() == 2);
    CHECK(items.last().body == QStringLiteral("Vill ha ny tid hos tandhygienisten"));
    CHECK(items.last().clientId == scene.clientId);
}

TEST_CASE("the nurse sees missing assessments and starts one in one step", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    SipNeed sip;
    sip.clientId = scene.clientId;
    sip.responsibleId = scene.nurseId;
    sip.note = QStringLiteral("Hemtjänst och vårdcentral");
    workspace.sip().create(sip, scene.nurseId);
    workspace.setActorId(scene.nurseId);

    NurseView view(workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    checkSwedishAndNamed(&view);
    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *clientItem = tree->topLevelItem(0)->child(0);
    REQUIRE(clientItem);
    CHECK(clientItem->text(0) == QStringLiteral("Greta Gran"));
    REQUIRE(clientItem->childCount() == 4);
    QTreeWidgetItem *downton = clientItem->child(0);
    CHECK(downton->text(0) == QStringLiteral("Downton fallriskindex (DFRI)"));
    CHECK(downton->text(1) == QStringLiteral("Saknas"));
    CHECK(child<QTableView>(&view, "sipTableWidget")->model()->rowCount() == 1);

    tree->setCurrentItem(downton);
    whenDialogOpens([](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *result = child<QLabel>(dialog, "resultLabel");
        CHECK(result->text().contains(QStringLiteral("Tidigare fall")));
        child<QComboBox>(dialog, "previousFallsComboBox")->setCurrentIndex(1); // Ja
        QTest::mouseClick(child<QCheckBox>(dialog, "medications_sedativesCheckBox"), Qt::LeftButton,
            {}, QPoint(5, 5));
        child<QComboBox>(dialog, "confusedComboBox")->setCurrentIndex(2); // Nej
        auto *gait = child<QComboBox>(dialog, "gaitComboBox");
        gait->setFocus();
        gait->setCurrentIndex(gait->findText(QStringLiteral("Osäker (med eller utan hjälpmedel)")));
        CHECK(result->text().contains(QStringLiteral("3 poäng")));
        CHECK(result->text().contains(QStringLiteral("Risk för fall")));
        CHECK(result->text().contains(QStringLiteral("3 poäng eller mer")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveAssessmentButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&view, "startAssessmentButton"), Qt::LeftButton);

    const auto history = workspace.risks().history(scene.clientId);
    REQUIRE(history.size() == 1);
    CHECK(history.first().result.score == 3);
    CHECK(history.first().assessedById == scene.nurseId);
    downton = tree->topLevelItem(0)->child(0)->child(0);
    CHECK(downton->text(1) == QStringLiteral("Aktuell"));
    tree->setCurrentItem(downton);
    const auto *historyTable = child<QTableView>(&view, "assessmentHistoryTableWidget")->model();
    REQUIRE(historyTable->rowCount() == 1);
    CHECK(historyTable->index(0, 2).data().toString() == QStringLiteral("3"));
    CHECK(historyTable->index(0, 3).data().toString() == QStringLiteral("Risk för fall"));

    // The client objects to the assessment: recorded beside it and shown in
    // the history, the assessment itself unchanged.
    auto *historyView = child<QTableView>(&view, "assessmentHistoryTableWidget");
    auto *objection = child<QPushButton>(&view, "assessmentObjectionButton");
    historyView->setCurrentIndex(historyTable->index(0, 0));
    REQUIRE(objection->isEnabled());
    whenDialogOpens([](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        CHECK(child<QLabel>(dialog, "objectionAboutLabel")
                  ->text()
                  .contains(QStringLiteral("Risk för fall")));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "objectionTextEdit"),
            QStringLiteral("Jag har inte fallit, jag satte mig"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveObjectionButton"), Qt::LeftButton);
    });
    QTest::mouseClick(objection, Qt::LeftButton);
    CHECK(historyTable->headerData(RiskHistoryModel::ObjectionColumn, Qt::Horizontal).toString()
        == QStringLiteral("Invändning"));
    CHECK(historyTable->index(0, RiskHistoryModel::ObjectionColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Jag har inte fallit, jag satte mig (")));
    CHECK(workspace.risks().history(scene.clientId).first().result.score == 3);
}

TEST_CASE("a client with two items on one agenda is prepared once", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    AgendaItem again;
    again.meetingId = scene.meetingId;
    again.title = QStringLiteral("Greta: hjälpmedel");
    again.clientId = scene.clientId;
    workspace.meetings().addAgendaItem(again, scene.contactId);
    workspace.setActorId(scene.nurseId);

    NurseView view(workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *meeting = tree->topLevelItem(0);
    REQUIRE(meeting->childCount() == 1);
    CHECK(meeting->child(0)->text(0) == QStringLiteral("Greta Gran"));
    // Her assessments are counted once in the meeting's row too.
    CHECK(meeting->text(1) == QStringLiteral("4 att göra"));
}

TEST_CASE("an unanswered item keeps the assessment from being saved", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.nurseId);
    const Client client = *workspace.clients().byId(scene.clientId);
    RiskAssessmentDialog dialog(workspace, client, *findRiskInstrument(QStringLiteral("mnasf")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkSwedishAndNamed(&dialog);
    ShownMessages messages;
    for (const char *name : {"foodIntakeComboBox", "weightLossComboBox", "mobilityComboBox",
             "stressOrAcuteDiseaseComboBox", "neuropsychologicalComboBox"})
        child<QComboBox>(&dialog, name)->setCurrentIndex(1); // 0 points each
    auto *result = child<QLabel>(&dialog, "resultLabel");
    CHECK(result->text().contains(QStringLiteral("BMI")));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveAssessmentButton"), Qt::LeftButton);
    REQUIRE(messages.texts.size() == 1);
    CHECK(dialog.isVisible());
    CHECK(workspace.risks().history(scene.clientId).isEmpty());
    // A decimal point typed from habit is read like the Swedish comma.
    auto *bmi = child<QDoubleSpinBox>(&dialog, "bmiSpinBox");
    bmi->setFocus();
    bmi->selectAll();
    QTest::keyClicks(bmi, QStringLiteral("20.5"));
    CHECK(bmi->value() == Approx(20.5));
    CHECK(result->text().contains(QStringLiteral("1 poäng"))); // BMI 19 to < 21
    bmi->setValue(bmi->minimum()); // back to "not measured"
    // Only the calf circumference, as when BMI cannot be obtained.
    auto *calf = child<QDoubleSpinBox>(&dialog, "calfCmSpinBox");
    calf->setValue(33);
    CHECK(result->text().contains(QStringLiteral("3 poäng")));
    CHECK(result->text().contains(QStringLiteral("Undernäring")));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveAssessmentButton"), Qt::LeftButton);
    REQUIRE(workspace.risks().history(scene.clientId).size() == 1);
    CHECK(workspace.risks().history(scene.clientId).first().result.level
        == QStringLiteral("malnourished"));
}

TEST_CASE("the nurse writes an SBAR for an agenda item and saves it as PDF", "[care-ui][sbar]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.nurseId);
    NurseView view(workspace);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sbar.pdf"));
    FileDialog::setHandler([pdf](const QString &, const QString &) { return pdf; });
    // The SBAR button lists the client's reports; a new one is written from there.
    whenDialogOpens([](QDialog *list) {
        checkSwedishAndNamed(list);
        whenDialogOpens([](QDialog *dialog) {
            checkSwedishAndNamed(dialog);
            ShownMessages messages;
            // Without situation and recommendation nothing is saved and the text stays.
            QTest::keyClicks(child<QLineEdit>(dialog, "receiverLineEdit"),
                QStringLiteral("Distriktslakare Norr"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveSbarButton"), Qt::LeftButton);
            CHECK(messages.texts.size() == 1);
            CHECK(dialog->isVisible());
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "situationPlainTextEdit"),
                QStringLiteral("Greta har fallit tva ganger"));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "recommendationPlainTextEdit"),
                QStringLiteral("Lakemedelsgenomgang"));
            QTest::mouseClick(child<QPushButton>(dialog, "sbarPdfButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "saveSbarButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(list, "newSbarButton"), Qt::LeftButton);
        CHECK(child<QTableWidget>(list, "sbarReportsTable")->rowCount() == 1);
        list->reject();
    });
    QTest::mouseClick(child<QPushButton>(&view, "sbarButton"), Qt::LeftButton);
    FileDialog::setHandler({});
    const auto reports = workspace.sbar().byAgendaItem(scene.itemId);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().receiver == QStringLiteral("Distriktslakare Norr"));
    CHECK(reports.first().situation == QStringLiteral("Greta har fallit tva ganger"));
    CHECK(reports.first().handlingTime == HandlingTime::NextWeekday);
    CHECK(QFileInfo(pdf).size() > 0);
}

TEST_CASE("the checklist answer shows read-only on the client's item in the meeting", "[care-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.contactId);
    const Meeting meeting = *workspace.meetings().byId(scene.meetingId);
    auto summary = [&](MinutesEditor &editor) {
        // One client item: one summary.
        REQUIRE(
            editor.findChildren<QLabel *>(QStringLiteral("participationSummaryLabel")).size() == 1);
        auto *label = child<QLabel>(&editor, "participationSummaryLabel");
        CHECK(label->textFormat() == Qt::PlainText);
        return label->text();
    };
    {
        MinutesEditor editor(workspace);
        editor.load(meeting);
        CHECK(summary(editor)
            == QStringLiteral("Delaktighet: omsorgskontakten har inte fyllt i checklistan."));
    }
    Participation p;
    p.agendaItemId = scene.itemId;
    p.clientAsked = true;
    p.clientWishes = QStringLiteral("Vill promenera varje dag");
    p.relatives = RelativesAsked::Asked;
    p.relativesNote = QStringLiteral("Dottern Eva");
    workspace.care().saveParticipation(p, scene.contactId);
    {
        MinutesEditor editor(workspace);
        editor.resize(900, 700);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        editor.load(meeting);
        CHECK(summary(editor)
            == QStringLiteral("Delaktighet: kundens önskemål: Vill promenera varje dag; "
                              "Närstående tillfrågade (Dottern Eva)"));
        checkSwedishAndNamed(&editor);
    }
    p = *workspace.care().participation(scene.itemId);
    p.clientAsked = false;
    p.clientWishes.clear();
    p.notAskedReason = QStringLiteral("Sover mycket efter sjukhusvistelsen");
    p.relatives = RelativesAsked::NoRelatives;
    p.relativesNote.clear();
    workspace.care().saveParticipation(p, scene.contactId);
    MinutesEditor editor(workspace);
    editor.load(meeting);
    CHECK(summary(editor)
        == QStringLiteral("Delaktighet: kunden tillfrågades inte, eftersom: Sover mycket efter "
                          "sjukhusvistelsen; Inga närstående"));
}

TEST_CASE(
    "a SIP need is noted for a client of a samordningsmöte with who calls it", "[care-ui][sip]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.contactId);
    ShownMessages messages;

    // Not yet discussed at a samordningsmöte: the program says why nothing opens.
    {
        ContactPersonView view(workspace);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        selectFirstRow(child<QTableView>(&view, "myClientsTableWidget"));
        QTest::mouseClick(child<QPushButton>(&view, "sipNeedButton"), Qt::LeftButton);
        REQUIRE(messages.texts.size() == 1);
        CHECK(messages.texts.first().contains(QStringLiteral("samordningsmöte")));
        CHECK(workspace.sip().byClient(scene.clientId).isEmpty());
    }

    // Discussed at last week's samordningsmöte.
    Meeting samordning;
    samordning.unitId = scene.unitId;
    samordning.templateId = templateFor(workspace, "samordningsmote");
    samordning.startUtc = QDateTime::currentDateTimeUtc().addDays(-6);
    samordning.minutes = 60;
    const qint64 samordningId = workspace.meetings().create(samordning, scene.contactId);
    AgendaItem item;
    item.meetingId = samordningId;
    item.clientId = scene.clientId;
    item.title = QStringLiteral("Greta Gran");
    workspace.meetings().addAgendaItem(item, scene.contactId);
    messages.texts.clear();

    workspace.setActorId(scene.nurseId);
    NurseView view(workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *sipTable = child<QTableView>(&view, "sipTableWidget");
    CHECK(sipTable->model()->rowCount() == 0);
    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    auto *sipButton = child<QPushButton>(&view, "sipNeedButton");
    tree->setCurrentItem(tree->topLevelItem(0));
    CHECK_FALSE(sipButton->isEnabled()); // a meeting row has no client
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    REQUIRE(sipButton->isEnabled());
    whenDialogOpens([&](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *meeting = child<QComboBox>(dialog, "sipMeetingComboBox");
        REQUIRE(meeting->count() == 1);
        CHECK(meeting->currentText().contains(QStringLiteral("Samordningsmöte")));
        QTest::keyClicks(child<QLineEdit>(dialog, "sipNoteLineEdit"),
            QStringLiteral("Hemtjanst och vardcentral"));
        // Without a responsible person nothing is saved and the note stays.
        QTest::mouseClick(child<QPushButton>(dialog, "saveSipNeedButton"), Qt::LeftButton);
        CHECK(messages.texts.size() == 1);
        CHECK(dialog->isVisible());
        CHECK(child<QLineEdit>(dialog, "sipNoteLineEdit")->text()
            == QStringLiteral("Hemtjanst och vardcentral"));
        auto *responsible = child<QComboBox>(dialog, "sipResponsibleComboBox");
        responsible->setCurrentIndex(
            responsible->findText(QStringLiteral("Sara Ström"), Qt::MatchStartsWith));
        QTest::mouseClick(child<QPushButton>(dialog, "saveSipNeedButton"), Qt::LeftButton);
    });
    QTest::mouseClick(sipButton, Qt::LeftButton);
    const auto open = workspace.sip().open(scene.nurseId);
    REQUIRE(open.size() == 1);
    CHECK(open.first().clientId == scene.clientId);
    CHECK(open.first().meetingId == samordningId);
    CHECK(open.first().note == QStringLiteral("Hemtjanst och vardcentral"));
    // The contact person sees the open need with the client.
    {
        workspace.setActorId(scene.contactId);
        ContactPersonView contactView(workspace);
        contactView.show();
        REQUIRE(QTest::qWaitForWindowExposed(&contactView));
        selectFirstRow(child<QTableView>(&contactView, "myClientsTableWidget"));
        CHECK(child<QLabel>(&contactView, "sipSummaryLabel")
                  ->text()
                  .startsWith(QStringLiteral("SIP ska kallas till av Sara Ström (noterat vid ")));
        checkSwedishAndNamed(&contactView);
        workspace.setActorId(scene.nurseId);
    }
    // Listed for the responsible nurse until the SIP has been called.
    REQUIRE(sipTable->model()->rowCount() == 1);
    CHECK(sipTable->model()->index(0, 0).data().toString() == QStringLiteral("Greta Gran"));
    CHECK(sipTable->model()->index(0, 2).data().toString().endsWith(
        QStringLiteral("Samordningsmöte")));
    selectFirstRow(sipTable);
    QTest::mouseClick(child<QPushButton>(&view, "sipDoneButton"), Qt::LeftButton);
    CHECK(sipTable->model()->rowCount() == 0);
    CHECK(workspace.sip().open().isEmpty());
    workspace.setActorId(scene.contactId);
    ContactPersonView contactView(workspace);
    selectFirstRow(child<QTableView>(&contactView, "myClientsTableWidget"));
    CHECK(child<QLabel>(&contactView, "sipSummaryLabel")->text().isEmpty());
}

TEST_CASE("the instruments per verksamhet and a client's routine are set from the nurse view",
    "[care-ui][risk]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.nurseId);
    RiskAssessment norton;
    norton.clientId = scene.clientId;
    norton.instrument = QStringLiteral("norton");
    norton.assessedUtc = QDateTime::currentDateTimeUtc();
    for (const char *item : {"mentalState", "physicalActivity", "mobility", "foodIntake",
             "fluidIntake", "incontinence", "generalCondition"})
        norton.answers.insert(QLatin1String(item), 4);
    workspace.risks().add(norton, scene.nurseId);

    NurseView view(workspace);
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *tree = child<QTreeWidget>(&view, "comingMeetingsTreeWidget");
    REQUIRE(tree->topLevelItem(0)->child(0)->childCount() == 4);

    // Sabo stops using Downton and repeats Norton every six months; ordinärt
    // boende adds the SKL fall questions; switching keeps what was chosen.
    whenDialogOpens([](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *type = child<QComboBox>(dialog, "serviceTypeComboBox");
        REQUIRE(type->currentIndex() == 0);
        auto *downton = child<QCheckBox>(dialog, "downtonUsedCheckBox");
        CHECK(downton->isChecked());
        CHECK_FALSE(child<QCheckBox>(dialog, "skl_fallUsedCheckBox")->isChecked());
        downton->setChecked(false);
        CHECK_FALSE(child<QSpinBox>(dialog, "downtonMonthsSpinBox")->isEnabled());
        child<QSpinBox>(dialog, "nortonMonthsSpinBox")->setValue(6);
        type->setCurrentIndex(1);
        CHECK(child<QCheckBox>(dialog, "downtonUsedCheckBox")->isChecked());
        child<QCheckBox>(dialog, "skl_fallUsedCheckBox")->setChecked(true);
        type->setCurrentIndex(0);
        CHECK_FALSE(child<QCheckBox>(dialog, "downtonUsedCheckBox")->isChecked());
        CHECK(child<QSpinBox>(dialog, "nortonMonthsSpinBox")->value() == 6);
        QTest::mouseClick(
            child<QPushButton>(dialog, "saveInstrumentSettingsButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&view, "instrumentSettingsButton"), Qt::LeftButton);
    const auto sabo = workspace.risks().instrumentsFor(ServiceType::Sabo);
    REQUIRE(sabo.size() == 3);
    CHECK(sabo.at(0).instrument == QStringLiteral("norton"));
    CHECK(sabo.at(0).intervalMonths == 6);
    const auto ordinart = workspace.risks().instrumentsFor(ServiceType::OrdinartBoende);
    REQUIRE(ordinart.size() == 5);
    CHECK(std::any_of(ordinart.begin(), ordinart.end(),
        [](const auto &s) { return s.instrument == QStringLiteral("skl_fall"); }));
    QTreeWidgetItem *clientItem = tree->topLevelItem(0)->child(0);
    REQUIRE(clientItem->childCount() == 3);
    CHECK(clientItem->child(0)->text(0) == QStringLiteral("Modifierad Nortonskala"));
    // Assessments are dated in Stockholm, whatever the computer's time zone.
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    CHECK(clientItem->child(0)->text(3) == today.addMonths(6).toString(Qt::ISODate));

    // The team decides Norton every three months; the moving-in date is given.
    tree->setCurrentItem(clientItem);
    const QDate movedIn = QDate::currentDate().addDays(-20);
    ShownMessages messages;
    whenDialogOpens([&](QDialog *dialog) {
        checkSwedishAndNamed(dialog);
        auto *nortonMonths = child<QSpinBox>(dialog, "nortonIntervalSpinBox");
        CHECK(nortonMonths->maximum() == 5); // only shorter than the routine
        nortonMonths->setValue(3);
        child<QDateEdit>(dialog, "movedInDateEdit")->setDate(movedIn);
        QTest::mouseClick(child<QPushButton>(dialog, "saveRoutineButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&view, "clientRoutineButton"), Qt::LeftButton);
    CHECK(messages.texts.isEmpty());
    CHECK(workspace.risks().movedInOn(scene.clientId) == movedIn);
    CHECK(workspace.risks().teamInterval(scene.clientId, QStringLiteral("norton")) == 3);
    clientItem = tree->topLevelItem(0)->child(0);
    CHECK(clientItem->child(0)->text(3) == today.addMonths(3).toString(Qt::ISODate));

    // A given moving-in date cannot be blanked; the dialog stays open.
    tree->setCurrentItem(clientItem);
    whenDialogOpens([&](QDialog *dialog) {
        auto *date = child<QDateEdit>(dialog, "movedInDateEdit");
        CHECK(date->date() == movedIn);
        CHECK(child<QSpinBox>(dialog, "nortonIntervalSpinBox")->value() == 3);
        date->setDate(date->minimumDate());
        QTest::mouseClick(child<QPushButton>(dialog, "saveRoutineButton"), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(messages.texts.size() == 1);
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(&view, "clientRoutineButton"), Qt::LeftButton);
    CHECK(workspace.risks().movedInOn(scene.clientId) == movedIn);
}

TEST_CASE("my clients marks the client's objections and the corrections of their notes",
    "[care-ui][objection]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const Scene scene = makeScene(workspace);
    workspace.setActorId(scene.contactId);
    MinuteEntry note;
    note.agendaItemId = scene.itemId;
    note.text = QStringLiteral("Greta vill inte duscha.");
    note = workspace.minutes().saveEntry(note, scene.contactId);

    ContactPersonView view(workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *remarks = child<QLabel>(&view, "clientRemarksLabel");
    CHECK_FALSE(remarks->isVisible()); // nothing objected to or corrected yet

    Objections objections(workspace);
    objections.correctNote(note.id, QStringLiteral("Greta vill duscha på kvällen."),
        QStringLiteral("Felhört på mötet"));
    objections.againstNote(note.id, QStringLiteral("Jag har aldrig sagt det"));
    view.refresh();
    CHECK(remarks->isVisible());
    const QString text = remarks->text();
    CHECK(text.startsWith(QStringLiteral("Invändningar och rättelser:")));
    CHECK(text.contains(QStringLiteral("En anteckning: Invändning, uppgiften anses oriktig")));
    CHECK(text.contains(QStringLiteral("Jag har aldrig sagt det")));
    CHECK(text.contains(QStringLiteral("Texten före rättelsen: Greta vill inte duscha.")));
    CHECK(text.contains(QStringLiteral("Skäl till rättelsen: Felhört på mötet")));
    CHECK(remarks->toolTip() == text);
    test::saveScreenshotIfAsked(&view, QStringLiteral("mina-kunder-invandning"));
    checkSwedishAndNamed(&view);
}
