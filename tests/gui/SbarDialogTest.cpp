// The SBAR form of Bilaga 2 and the risk forms through their widgets: a
// saved report reopened and completed after the call, printed again, and
// every form asking before unsaved text is thrown away.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "domain/risk/RiskInstrument.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "support/Accessibility.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/care/RiskAssessmentDialog.h"
#include "ui/care/SbarDialog.h"
#include "ui/care/SbarListDialog.h"
#include "ui/common/FileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tf;
using tf::test::checkSwedishAndNamed;
using tf::test::child;
using tf::test::ShownMessages;

namespace {
struct SbarScene
{
    test::TeamFixture team;
    Client client;
};

SbarScene makeSbarScene(Workspace &workspace)
{
    test::TeamSpec spec;
    spec.nurseProfession = QStringLiteral("Sjuksköterska");
    SbarScene scene;
    scene.team = test::makeTeam(workspace, spec);
    workspace.setActorId(scene.team.nurseId);
    scene.client = *workspace.clients().byId(scene.team.clientId);
    return scene;
}

SbarReport sentReport(Workspace &workspace, qint64 clientId)
{
    SbarReport report;
    report.clientId = clientId;
    report.receiver = QStringLiteral("Distriktsläkare Norr");
    report.situation = QStringLiteral("Greta har fallit två gånger.");
    report.recommendation = QStringLiteral("Läkemedelsgenomgång.");
    report.vitals.pulse = 88;
    return ClientRecords(workspace).saveSbar(report);
}
} // namespace

TEST_CASE("a saved SBAR is reopened, completed after the call and printed again",
    "[care-ui][sbar][sbar-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const SbarScene scene = makeSbarScene(workspace);
    const SbarReport sent = sentReport(workspace, scene.client.id);

    SbarListDialog list(workspace, scene.client, 0, 0);
    list.show();
    REQUIRE(QTest::qWaitForWindowExposed(&list));
    checkSwedishAndNamed(&list);
    auto *table = child<QTableWidget>(&list, "sbarReportsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Sara Sjuksköterska"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Inte än"));

    SbarDialog dialog(workspace, scene.client, *list.chosen());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkSwedishAndNamed(&dialog);
    // What was sent is shown as sent and cannot be typed over.
    auto *situation = child<QPlainTextEdit>(&dialog, "situationPlainTextEdit");
    CHECK(situation->toPlainText() == sent.situation);
    CHECK(situation->isReadOnly());
    CHECK(child<QSpinBox>(&dialog, "pulseSpinBox")->value() == 88);
    CHECK(child<QSpinBox>(&dialog, "pulseSpinBox")->isReadOnly());
    CHECK(child<QLabel>(&dialog, "sbarSenderLabel")->text()
        == QStringLiteral("Sara Sjuksköterska, Sjuksköterska"));
    CHECK(child<QLabel>(&dialog, "sbarConsentLabel")->text().startsWith(QStringLiteral("Nej")));
    CHECK(child<QLabel>(&dialog, "sbarStateLabel")->text().contains(QStringLiteral("Skickad")));
    // The answer after the call.
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "doctorOrderPlainTextEdit"),
        QStringLiteral("Satt ut somnmedicinen"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "replyPlainTextEdit"),
        QStringLiteral("Lakaren ringer i morgon"));
    // The day in Stockholm, as the report's: the feedback cannot come before it.
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    child<QDateEdit>(&dialog, "feedbackDateEdit")->setDate(today);
    QTest::keyClicks(
        child<QLineEdit>(&dialog, "feedbackByLineEdit"), QStringLiteral("Per Persson, ssk"));
    child<QCheckBox>(&dialog, "readBackCheckBox")->setChecked(true);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("sbar-completed"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveSbarButton"), Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
    const auto stored = workspace.sbar().byId(sent.id);
    REQUIRE(stored);
    CHECK(stored->situation == sent.situation);
    CHECK(stored->doctorOrder == QStringLiteral("Satt ut somnmedicinen"));
    CHECK(stored->reply == QStringLiteral("Lakaren ringer i morgon"));
    CHECK(stored->feedbackDate == today);
    CHECK(stored->feedbackBy == QStringLiteral("Per Persson, ssk"));
    CHECK(stored->readBack);

    // Printed again from the list, with the answer in it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("igen.pdf"));
    FileDialog::setHandler([pdf](const QString &, const QString &) { return pdf; });
    SbarListDialog again(workspace, scene.client, 0, 0);
    child<QPushButton>(&again, "printSbarButton")->click();
    FileDialog::setHandler({});
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Lakaren ringer i morgon")));
    CHECK(text.contains(QStringLiteral("Greta har fallit två gånger.")));
    CHECK(child<QTableWidget>(&again, "sbarReportsTable")
              ->item(0, 4)
              ->text()
              .contains(QStringLiteral("läst tillbaka")));
}

TEST_CASE("a new SBAR shows the consent on record and the signed-in sender, never typed",
    "[care-ui][sbar][sbar-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const SbarScene scene = makeSbarScene(workspace);
    Consent consent;
    consent.clientId = scene.client.id;
    consent.scope = ConsentScope::OtherCareProviders;
    consent.decidedOn = QDate::currentDate().addDays(-3);
    consent.validUntil = Consent::expiryFor(consent.decidedOn);
    ClientRecords(workspace).addConsent(consent);
    SbarDialog dialog(workspace, scene.client, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(child<QLabel>(&dialog, "sbarConsentLabel")
              ->text()
              .startsWith(QStringLiteral("Ja, %1").arg(consent.decidedOn.toString(Qt::ISODate))));
    CHECK(child<QLabel>(&dialog, "sbarSenderLabel")->text()
        == QStringLiteral("Sara Sjuksköterska, Sjuksköterska"));
    CHECK_FALSE(child<QLabel>(&dialog, "sbarStateLabel")->isVisible());
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("sbar-new"));
}

TEST_CASE(
    "an impossible vital sign is named and the form keeps its text", "[care-ui][sbar][sbar-ui]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const SbarScene scene = makeSbarScene(workspace);
    SbarDialog dialog(workspace, scene.client, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "situationPlainTextEdit"),
        QStringLiteral("Andfadd sedan i morse"));
    QTest::keyClicks(
        child<QPlainTextEdit>(&dialog, "recommendationPlainTextEdit"), QStringLiteral("Bedom"));
    auto *pulse = child<QSpinBox>(&dialog, "pulseSpinBox");
    pulse->setFocus();
    pulse->selectAll();
    QTest::keyClicks(pulse, QStringLiteral("300"));
    ShownMessages messages;
    QTest::mouseClick(child<QPushButton>(&dialog, "saveSbarButton"), Qt::LeftButton);
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("Pulsen ska vara mellan 20 och 250")));
    CHECK(dialog.isVisible());
    CHECK(child<QPlainTextEdit>(&dialog, "situationPlainTextEdit")->toPlainText()
        == QStringLiteral("Andfadd sedan i morse"));
    CHECK(pulse->value() == 300);
    CHECK(workspace.sbar().byClient(scene.client.id).isEmpty());
}

TEST_CASE("closing an SBAR with unsaved text asks first", "[care-ui][sbar][sbar-ui][unsaved]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const SbarScene scene = makeSbarScene(workspace);
    {
        // Nothing typed: it closes without a question.
        SbarDialog dialog(workspace, scene.client, 0);
        dialog.show();
        ShownMessages messages;
        dialog.reject();
        CHECK(messages.texts.isEmpty());
        CHECK_FALSE(dialog.isVisible());
    }
    SbarDialog dialog(workspace, scene.client, 0);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(
        child<QPlainTextEdit>(&dialog, "situationPlainTextEdit"), QStringLiteral("Yr och varm"));
    {
        ShownMessages cancel(QMessageBox::Cancel); // "Avbryt": back to the form
        QTest::keyClick(&dialog, Qt::Key_Escape);
        REQUIRE(cancel.texts.size() == 1);
        CHECK(cancel.texts.first().contains(QStringLiteral("inte är sparad")));
        CHECK(dialog.isVisible());
    }
    {
        // "Spara" with the recommendation missing: the message, and the form stays.
        ShownMessages save(QMessageBox::Yes);
        dialog.reject();
        CHECK(save.texts.size() == 2);
        CHECK(dialog.isVisible());
    }
    QTest::keyClicks(
        child<QPlainTextEdit>(&dialog, "recommendationPlainTextEdit"), QStringLiteral("Bedom"));
    {
        ShownMessages save(QMessageBox::Yes);
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
    }
    REQUIRE(workspace.sbar().byClient(scene.client.id).size() == 1);
    CHECK(workspace.sbar().byClient(scene.client.id).first().situation
        == QStringLiteral("Yr och varm"));

    // A reopened report asks only about the answer typed after the call.
    SbarDialog reopened(
        workspace, scene.client, workspace.sbar().byClient(scene.client.id).first());
    reopened.show();
    {
        ShownMessages messages;
        reopened.reject();
        CHECK(messages.texts.isEmpty());
    }
    reopened.show();
    QTest::keyClicks(
        child<QPlainTextEdit>(&reopened, "replyPlainTextEdit"), QStringLiteral("Ringer i dag"));
    {
        ShownMessages discard(QMessageBox::No); // "Stäng utan att spara"
        reopened.reject();
        CHECK(discard.texts.size() == 1);
        CHECK_FALSE(reopened.isVisible());
    }
    CHECK(workspace.sbar().byClient(scene.client.id).first().reply.isEmpty());
}

TEST_CASE("every risk form asks before unsaved answers are thrown away", "[care-ui][risk][unsaved]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const SbarScene scene = makeSbarScene(workspace);
    for (const RiskInstrument *instrument : riskInstruments()) {
        INFO(instrument->key.toStdString());
        RiskAssessmentDialog dialog(workspace, scene.client, *instrument);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        {
            ShownMessages messages;
            CHECK_FALSE(dialog.hasUnsavedChanges());
            dialog.reject();
            CHECK(messages.texts.isEmpty());
        }
        dialog.show();
        QTest::keyClicks(
            child<QPlainTextEdit>(&dialog, "commentPlainTextEdit"), QStringLiteral("Orolig"));
        {
            ShownMessages cancel(QMessageBox::Cancel);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            CHECK(cancel.texts.size() == 1);
            CHECK(dialog.isVisible());
        }
        {
            ShownMessages discard(QMessageBox::No);
            child<QPushButton>(&dialog, "cancelAssessmentButton")->click();
            CHECK(discard.texts.size() == 1);
            CHECK_FALSE(dialog.isVisible());
        }
    }
    CHECK(workspace.risks().history(scene.client.id).isEmpty());
}

TEST_CASE("the SKR nutrition form shows the age from the personnummer, with no field for it",
    "[care-ui][risk][age]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    SbarScene scene = makeSbarScene(workspace);
    const QDate born = QDate::currentDate().addYears(-82).addDays(-1);
    scene.client.personnummer = makePersonnummer(born, 17);
    workspace.clients().save(scene.client, scene.team.leadId);
    scene.client = *workspace.clients().byId(scene.client.id);
    RiskAssessmentDialog dialog(
        workspace, scene.client, *findRiskInstrument(QStringLiteral("skr_nutrition")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkSwedishAndNamed(&dialog);
    CHECK(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("ageSpinBox")) == nullptr);
    CHECK(child<QLabel>(&dialog, "ageFromPersonnummerLabel")->text()
        == QStringLiteral("82 år (från personnumret)"));
    CHECK(dialog.assessment().answers.value(QStringLiteral("age")).toInt() == 82);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("skr-nutrition-age"));
}
