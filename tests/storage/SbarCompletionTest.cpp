// The whole Bilaga 2 SBAR through the service, on every engine: the sender
// and the consent are never typed, what was sent stays as sent, and the
// answer after the call is completed later. And the age the SKR nutrition
// form takes from the personnummer.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "domain/care/Consent.h"
#include "services/Workspace.h"
#include "services/care/CareReads.h"
#include "services/care/ClientRecords.h"
#include "services/care/RiskRoutine.h"
#include "storage/AccessLogRepository.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QTimeZone>

using namespace tf;
using tf::test::testBackends;

namespace {
SbarReport filledReport(qint64 clientId)
{
    SbarReport r;
    r.clientId = clientId;
    r.receiver = QStringLiteral("Distriktsläkare, Vårdcentralen Norr");
    r.relativeContact = QStringLiteral("Lena Ek, dotter, 070-123 45 67");
    r.healthCentre = QStringLiteral("Vårdcentralen Norr");
    r.responsibleDoctor = QStringLiteral("Dr Berg");
    r.medicationList = FormAnswer::Yes;
    r.sampleReferral = FormAnswer::No;
    r.situation = QStringLiteral("Greta har fallit två gånger i veckan.");
    r.background = QStringLiteral("Demenssjukdom, ny sömnmedicin sedan maj.");
    r.currentState = QStringLiteral("Blåmärke på höger höft.");
    r.vitals.respiratoryRate = 18;
    r.vitals.systolic = 135;
    r.vitals.diastolic = 80;
    r.vitals.pulse = 88;
    r.vitals.alertness = Alertness::NewConfusion;
    r.vitals.temperatureTenths = 372;
    r.vitals.saturation = 94;
    r.recommendation = QStringLiteral("Läkemedelsgenomgång.");
    r.frequency = QStringLiteral("Sedan i måndags, varje natt");
    r.handlingTime = HandlingTime::NextDay;
    // Typed sender and consent are not taken on their word.
    r.senderName = QStringLiteral("Någon annan");
    r.consentObtained = FormAnswer::No;
    return r;
}
} // namespace

TEST_CASE("an SBAR keeps every Bilaga 2 field, its sender and the consent on record",
    "[sbar][sbar-service]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.nurseProfession = QStringLiteral("Sjuksköterska");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.nurseId);
        const QDate today
            = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Stockholm")).date();
        Consent consent;
        consent.clientId = team.clientId;
        consent.scope = ConsentScope::OtherCareProviders;
        consent.decidedOn = today.addDays(-10);
        consent.validUntil = Consent::expiryFor(consent.decidedOn);
        consent.form = ConsentForm::Written;
        workspace.consents().add(consent, team.leadId);

        ClientRecords records(workspace);
        const SbarReport saved = records.saveSbar(filledReport(team.clientId));
        REQUIRE(saved.id > 0);
        const auto stored = workspace.sbar().byId(saved.id);
        REQUIRE(stored);
        CHECK(stored->senderId == team.nurseId);
        CHECK(stored->senderName == QStringLiteral("Sara Sjuksköterska"));
        CHECK(stored->senderProfession == QStringLiteral("Sjuksköterska"));
        CHECK(stored->consentObtained == FormAnswer::Yes);
        CHECK(stored->consentDate == today.addDays(-10));
        CHECK(stored->relativeContact == QStringLiteral("Lena Ek, dotter, 070-123 45 67"));
        CHECK(stored->healthCentre == QStringLiteral("Vårdcentralen Norr"));
        CHECK(stored->responsibleDoctor == QStringLiteral("Dr Berg"));
        CHECK(stored->medicationList == FormAnswer::Yes);
        CHECK(stored->sampleReferral == FormAnswer::No);
        CHECK(stored->vitals == filledReport(team.clientId).vitals);
        CHECK(stored->frequency == QStringLiteral("Sedan i måndags, varje natt"));
        CHECK(stored->handlingTime == HandlingTime::NextDay);
        CHECK_FALSE(stored->feedbackDate.isValid());

        // After the call: the answer is completed.
        SbarReport completed = *stored;
        completed.doctorOrder = QStringLiteral("Sätt ut sömnmedicinen.");
        completed.reply = QStringLiteral("Läkaren ringer tillbaka i morgon.");
        completed.feedbackDate = today;
        completed.feedbackBy = QStringLiteral("Per Persson, sjuksköterska");
        completed.readBack = true;
        const SbarReport after = records.saveSbar(completed);
        CHECK(after.version == stored->version + 1);
        CHECK(after.doctorOrder == completed.doctorOrder);
        CHECK(after.reply == completed.reply);
        CHECK(after.feedbackDate == today);
        CHECK(after.feedbackBy == completed.feedbackBy);
        CHECK(after.readBack);

        // What was sent is not changed afterwards, not even the vital signs.
        SbarReport rewritten = after;
        rewritten.situation = QStringLiteral("Greta har fallit en gång.");
        try {
            records.saveSbar(rewritten);
            FAIL("a changed situation was saved");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Refused);
            CHECK(error.userMessage().contains(QStringLiteral("situationen")));
        }
        rewritten = after;
        rewritten.vitals.pulse = 90;
        CHECK_THROWS_AS(records.saveSbar(rewritten), StorageError);
        CHECK(workspace.sbar().byId(saved.id)->situation == stored->situation);
        CHECK(workspace.sbar().byId(saved.id)->vitals.pulse == 88);

        // The list of saved reports is a logged read.
        const QList<SbarReport> listed = readSbarReports(workspace, team.clientId, 0);
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().reply == completed.reply);
        AccessLogFilter filter;
        filter.clientId = team.clientId;
        bool logged = false;
        for (const AccessLogEntry &entry : workspace.accessLog().find(filter))
            logged = logged || entry.kind == AccessKind::Sbar;
        CHECK(logged);
    }
}

TEST_CASE(
    "an impossible vital sign is refused with a Swedish message naming it", "[sbar][sbar-service]")
{
    SbarReport r = filledReport(1);
    CHECK(r.validationError().isEmpty());
    r.vitals.pulse = 300;
    CHECK(r.validationError().contains(QStringLiteral("Pulsen ska vara mellan 20 och 250")));
    r.vitals.pulse = 88;
    r.vitals.systolic = 70;
    CHECK(r.validationError().contains(QStringLiteral("Övertrycket (70)")));
    r.vitals.systolic = 135;
    r.vitals.diastolic.reset();
    CHECK(r.validationError().contains(QStringLiteral("både övertryck och undertryck")));
    r.vitals.diastolic = 80;
    r.vitals.temperatureTenths = 450;
    CHECK(r.validationError().contains(QStringLiteral("30,0 och 43,0 °C")));
    r.vitals.temperatureTenths = 372;
    r.vitals.saturation = 101;
    CHECK(r.validationError().contains(QStringLiteral("Saturationen")));
    r.vitals.saturation.reset();
    r.vitals.respiratoryRate = 2;
    CHECK(r.validationError().contains(QStringLiteral("Andningsfrekvensen")));
    // Nothing measured is fine: the situation may not call for it.
    CHECK(VitalSigns().validationError().isEmpty());
    CHECK(VitalSigns().summary() == QStringLiteral("Ej mätt"));
}

TEST_CASE("the SKR nutrition form takes the age from the personnummer, never as typed",
    "[risk][age][sbar-service]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.nurseId);
        // Born 1956-06-15: 69 on 2026-06-14, 70 from 2026-06-15, and with
        // BMI 21 that is the line between no risk and underweight.
        auto client = workspace.clients().byId(team.clientId);
        REQUIRE(client);
        client->personnummer = makePersonnummer(QDate(1956, 6, 15), 42);
        workspace.clients().save(*client, team.leadId);
        RiskAssessment a;
        a.clientId = team.clientId;
        a.instrument = QStringLiteral("skr_nutrition");
        a.answers.insert(QStringLiteral("unintendedWeightLoss"), false);
        a.answers.insert(QStringLiteral("eatingDifficulties"), false);
        a.answers.insert(QStringLiteral("bmi"), 21.0);
        a.answers.insert(QStringLiteral("age"), 30); // typed: ignored
        a.assessedUtc = QDateTime(QDate(2026, 6, 14), QTime(10, 0), QTimeZone::utc());
        RiskRoutine routine(workspace);
        routine.addAssessment(a);
        a.assessedUtc = QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone::utc());
        routine.addAssessment(a);
        const auto history = workspace.risks().history(team.clientId);
        REQUIRE(history.size() == 2);
        // Newest first.
        CHECK(history.at(0).answers.value(QStringLiteral("age")).toInt() == 70);
        CHECK(history.at(0).result.risk);
        CHECK(history.at(1).answers.value(QStringLiteral("age")).toInt() == 69);
        CHECK_FALSE(history.at(1).result.risk);
    }
}
