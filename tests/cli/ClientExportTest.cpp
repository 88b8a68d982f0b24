// The client's right of access: everything about one client as JSON (checked
// against docs/client-export.schema.json by a third-party validator) and as
// PDF (read back with pdftotext), with the export itself logged.
#include <catch2/catch.hpp>

#include "domain/MeetingGuest.h"
#include "domain/care/CarePlanDue.h"
#include "services/ClientUnits.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingGuestRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareMeasureRepository.h"
#include "storage/care/CarePlanRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/HospitalStayRepository.h"
#include "storage/care/JournalRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace tf;

namespace {
// A client with something of every kind the program keeps about clients.
test::MinutesFixture clientWithRecords(Workspace &workspace)
{
    const auto fixture = test::makeMinutesFixture(workspace);
    const qint64 clientItem = fixture.itemIds.at(1);
    MinuteEntry note;
    note.agendaItemId = clientItem;
    note.section = QStringLiteral("nurse");
    note.text = QStringLiteral("Greta sover dåligt om nätterna");
    workspace.minutes().saveEntry(note, fixture.nurseId);
    MinuteEntry elsewhere;
    elsewhere.agendaItemId = fixture.itemIds.at(0);
    elsewhere.text = QStringLiteral("Semesterschemat för sommaren");
    workspace.minutes().saveEntry(elsewhere, fixture.chairId);

    Action action;
    action.meetingId = fixture.meetingId;
    action.agendaItemId = clientItem;
    action.what = QStringLiteral("Ordna kvällspromenad");
    action.responsibleId = fixture.helperId;
    action.feedbackToClient = true;
    action.journalEntryNeeded = true;
    action.journalById = fixture.helperId;
    const qint64 actionId = workspace.actions().create(action, fixture.chairId);
    JournalRepository(workspace.database())
        .addMark(actionId, QStringLiteral("sol"), fixture.helperId);
    ClientFeedback feedback;
    feedback.actionId = actionId;
    feedback.givenOn = QDate(2026, 5, 8);
    feedback.method = FeedbackMethod::Phone;
    workspace.care().recordFeedback(feedback, fixture.helperId);

    RiskAssessment risk;
    risk.clientId = fixture.clientId;
    risk.instrument = QStringLiteral("downton");
    risk.assessedUtc = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
    risk.answers = QJsonObject {{QStringLiteral("previousFalls"), true},
        {QStringLiteral("medications"), QJsonArray {}},
        {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
        {QStringLiteral("gait"), QStringLiteral("normal")}};
    const qint64 riskId = workspace.risks().add(risk, fixture.nurseId);
    // The vårdplan after it, a stay in hospital, and a second unit serving
    // the client: home care besides the unit that registered her.
    CareMeasure measure;
    measure.assessmentId = riskId;
    measure.clientId = fixture.clientId;
    measure.what = QStringLiteral("Höftskyddsbyxor dygnet runt");
    measure.responsibleId = fixture.helperId;
    measure.followUpOn = QDate(2026, 6, 2);
    measure.createdOn = QDate(2026, 5, 3);
    CareMeasureRepository(workspace.database()).add(measure, fixture.nurseId);
    HospitalStay stay;
    stay.clientId = fixture.clientId;
    stay.admittedOn = QDate(2026, 3, 2);
    stay.dischargedOn = QDate(2026, 3, 9);
    stay.note = QStringLiteral("Danderyds sjukhus, avdelning 63");
    HospitalStayRepository(workspace.database()).add(stay, fixture.nurseId);
    Unit homeCare;
    homeCare.name = QStringLiteral("Hemtjänst Väster");
    homeCare.serviceType = ServiceType::OrdinartBoende;
    const qint64 homeCareId = workspace.units().create(homeCare, fixture.chairId);
    workspace.setActorId(fixture.chairId);
    ClientUnits(workspace).serve(fixture.clientId, homeCareId, QDate(2026, 2, 1));
    Consent refused;
    refused.clientId = fixture.clientId;
    refused.scope = ConsentScope::Relatives;
    refused.decision = ConsentDecision::Refused;
    refused.decidedOn = QDate(2026, 4, 21);
    workspace.consents().add(refused, fixture.chairId);

    Consent consent;
    consent.clientId = fixture.clientId;
    consent.scope = ConsentScope::OtherCareProviders;
    consent.decidedOn = QDate(2026, 4, 20);
    consent.form = ConsentForm::Written;
    workspace.consents().add(consent, fixture.chairId);

    SbarReport report;
    report.clientId = fixture.clientId;
    report.agendaItemId = clientItem;
    report.receiver = QStringLiteral("Distriktsläkare");
    report.situation = QStringLiteral("Två fall på en vecka");
    report.recommendation = QStringLiteral("Läkemedelsgenomgång");
    report.healthCentre = QStringLiteral("Vårdcentralen Norr");
    report.vitals.systolic = 142;
    report.vitals.diastolic = 85;
    report.vitals.temperatureTenths = 381;
    report.doctorOrder = QStringLiteral("Blodprov i morgon");
    workspace.sbar().create(report, fixture.nurseId);

    SipNeed need;
    need.clientId = fixture.clientId;
    need.meetingId = fixture.meetingId;
    need.responsibleId = fixture.nurseId;
    need.note = QStringLiteral("Hemtjänst och vårdcentral behöver en gemensam plan");
    workspace.sip().create(need, fixture.nurseId);

    CarePlanEvent talk;
    talk.clientId = fixture.clientId;
    talk.kind = CarePlanEventKind::PlanningTalk;
    talk.occurredOn = QDate(2026, 4, 14);
    CarePlanRepository(workspace.database()).add(talk, fixture.helperId);
    MeetingGuest daughter;
    daughter.meetingId = fixture.meetingId;
    daughter.clientId = fixture.clientId;
    daughter.relativeName = QStringLiteral("Anna Gransson");
    daughter.relation = QStringLiteral("dotter");
    MeetingGuestRepository(workspace.database()).add(daughter, fixture.chairId);
    return fixture;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}
} // namespace

TEST_CASE(
    "client-export writes everything about the client as JSON and PDF, and logs it", "[insyn][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            test::MinutesFixture fixture;
            {
                Workspace workspace(backend.spec);
                workspace.open();
                fixture = clientWithRecords(workspace);
            }
            const QString folder = backend.folder ? backend.folder->path() : QDir::tempPath();
            const QString json = folder + QStringLiteral("/insyn.json");
            const QString pdf = folder + QStringLiteral("/insyn.pdf");
            int exitCode = -1;
            const QString output = run(QStringLiteral(TEAMFORUM_CLI_PATH),
                {QStringLiteral("--database"),
                    backend.url.isEmpty() ? backend.spec.path : backend.url,
                    QStringLiteral("client-export"), QStringLiteral("--client"),
                    QStringLiteral("19121212-1212"), QStringLiteral("--json"), json,
                    QStringLiteral("--pdf"), pdf},
                &exitCode);
            INFO(output.toStdString());
            REQUIRE(exitCode == 0);

            const QString validation = run(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                    QStringLiteral("import json, sys, jsonschema; "
                                   "jsonschema.validate(json.load(open(sys.argv[1])), "
                                   "json.load(open(sys.argv[2]))); print('giltig')"),
                    json, QStringLiteral(TEAMFORUM_SOURCE_DIR "/docs/client-export.schema.json")},
                &exitCode);
            INFO(validation.toStdString());
            CHECK(exitCode == 0);

            QFile file(json);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QJsonObject dossier = QJsonDocument::fromJson(file.readAll()).object();
            const QString text = QString::fromUtf8(QJsonDocument(dossier).toJson());
            CHECK(dossier.value(QStringLiteral("client")).toObject().value(QStringLiteral("name"))
                == QStringLiteral("Greta Gransson"));
            for (const char *expected :
                {"Greta sover dåligt om nätterna", "Ordna kvällspromenad", "Två fall på en vecka",
                    "Hemtjänst och vårdcentral", "downton", "other_care_providers"})
                CHECK(text.contains(QString::fromUtf8(expected)));
            CHECK_FALSE(text.contains(QStringLiteral("Semesterschemat")));
            // The genomförandeplan, the invited relative and the journal mark.
            const QJsonObject step
                = dossier.value(QStringLiteral("carePlan")).toArray().first().toObject();
            CHECK(step.value(QStringLiteral("occurredOn")).toString()
                == QStringLiteral("2026-04-14"));
            const QJsonObject invited
                = dossier.value(QStringLiteral("meetingInvitations")).toArray().first().toObject();
            CHECK(invited.value(QStringLiteral("relativeName")).toString()
                == QStringLiteral("Anna Gransson"));
            CHECK(invited.value(QStringLiteral("relation")).toString() == QStringLiteral("dotter"));
            const QJsonObject decided
                = dossier.value(QStringLiteral("actions")).toArray().first().toObject();
            CHECK(decided.value(QStringLiteral("journalBy")).toString()
                == QStringLiteral("Åke Öberg"));
            CHECK(decided.value(QStringLiteral("journal"))
                      .toObject()
                      .value(QStringLiteral("record"))
                      .toString()
                == QStringLiteral("sol"));
            // Every Bilaga 2 field of the SBAR, the vital signs included.
            const QJsonObject sbar
                = dossier.value(QStringLiteral("sbarReports")).toArray().first().toObject();
            CHECK(sbar.value(QStringLiteral("healthCentre")).toString()
                == QStringLiteral("Vårdcentralen Norr"));
            CHECK(sbar.value(QStringLiteral("doctorOrder")).toString()
                == QStringLiteral("Blodprov i morgon"));
            const QJsonObject vitals = sbar.value(QStringLiteral("vitals")).toObject();
            CHECK(vitals.value(QStringLiteral("systolic")).toInt() == 142);
            CHECK(vitals.value(QStringLiteral("temperature")).toDouble() == Approx(38.1));
            CHECK(vitals.value(QStringLiteral("pulse")).isNull());
            // The consents given and refused, the vårdplan, the stay in
            // hospital and the units with their days.
            QStringList decisions;
            for (const QJsonValue &c : dossier.value(QStringLiteral("consents")).toArray())
                decisions << c.toObject().value(QStringLiteral("scope")).toString()
                        + QLatin1Char(':')
                        + c.toObject().value(QStringLiteral("decision")).toString()
                        + QLatin1Char(':')
                        + c.toObject().value(QStringLiteral("decidedOn")).toString();
            CHECK(decisions.contains(QStringLiteral("relatives:refused:2026-04-21")));
            CHECK(decisions.contains(QStringLiteral("other_care_providers:given:2026-04-20")));
            const QJsonArray plan = dossier.value(QStringLiteral("riskCarePlan")).toArray();
            REQUIRE(plan.size() == 1);
            CHECK(plan.first().toObject().value(QStringLiteral("what")).toString()
                == QStringLiteral("Höftskyddsbyxor dygnet runt"));
            CHECK(plan.first().toObject().value(QStringLiteral("responsible")).toString()
                == QStringLiteral("Åke Öberg"));
            CHECK(plan.first().toObject().value(QStringLiteral("followUpOn")).toString()
                == QStringLiteral("2026-06-02"));
            const QJsonArray stays = dossier.value(QStringLiteral("hospitalStays")).toArray();
            REQUIRE(stays.size() == 1);
            CHECK(stays.first().toObject().value(QStringLiteral("admittedOn")).toString()
                == QStringLiteral("2026-03-02"));
            CHECK(stays.first().toObject().value(QStringLiteral("dischargedOn")).toString()
                == QStringLiteral("2026-03-09"));
            CHECK(stays.first().toObject().value(QStringLiteral("note")).toString()
                == QStringLiteral("Danderyds sjukhus, avdelning 63"));
            const QJsonArray units = dossier.value(QStringLiteral("servingUnits")).toArray();
            REQUIRE(units.size() == 2);
            CHECK(units.at(0).toObject().value(QStringLiteral("from")).isNull());
            CHECK(units.at(1).toObject().value(QStringLiteral("unit")).toString()
                == QStringLiteral("Hemtjänst Väster"));
            CHECK(units.at(1).toObject().value(QStringLiteral("from")).toString()
                == QStringLiteral("2026-02-01"));
            const QJsonArray reads = dossier.value(QStringLiteral("accessLog")).toArray();
            REQUIRE_FALSE(reads.isEmpty());
            CHECK(reads.last().toObject().value(QStringLiteral("purpose")).toString()
                == QStringLiteral("insyn"));

            const QString printed
                = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &exitCode);
            REQUIRE(exitCode == 0);
            INFO(printed.toStdString());
            CHECK(printed.contains(QStringLiteral("Uppgifter om Greta Gransson")));
            CHECK(printed.contains(QStringLiteral("Greta sover dåligt om nätterna")));
            CHECK(printed.contains(QStringLiteral("142/85 mmHg")));
            CHECK(printed.contains(QStringLiteral("Blodprov i morgon")));
            CHECK(printed.contains(QStringLiteral("Vem har läst uppgifterna")));
            CHECK(printed.contains(QStringLiteral("Genomförandeplan")));
            CHECK(printed.contains(QStringLiteral("Anna Gransson (dotter)")));
            CHECK(printed.contains(QStringLiteral("SoL, dokumenterat av")));
            CHECK(printed.contains(QStringLiteral("Utdrag till kunden")));
            CHECK(printed.contains(QStringLiteral("Vårdplan efter riskbedömning")));
            CHECK(printed.contains(QStringLiteral("Höftskyddsbyxor")));
            CHECK(printed.contains(QStringLiteral("Vistelser på sjukhus")));
            CHECK(printed.contains(QStringLiteral("Danderyds")));
            CHECK(printed.contains(QStringLiteral("Hemtjänst Väster")));
            CHECK(printed.contains(QStringLiteral("Samtycken")));
        }
    }
}

TEST_CASE("client-export refuses an unknown client in Swedish", "[insyn][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        test::makeMinutesFixture(workspace);
    }
    int exitCode = -1;
    const QString output = run(QStringLiteral(TEAMFORUM_CLI_PATH),
        {QStringLiteral("--database"), backend.spec.path, QStringLiteral("client-export"),
            QStringLiteral("--client"), QStringLiteral("999"), QStringLiteral("--json"),
            backend.folder->filePath(QStringLiteral("x.json"))},
        &exitCode);
    CHECK(exitCode != 0);
    CHECK(output.contains(QStringLiteral("Det finns ingen kund med id 999")));
    CHECK_FALSE(QFile::exists(backend.folder->filePath(QStringLiteral("x.json"))));
}
