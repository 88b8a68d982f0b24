// The SBAR form printed to PDF, read back with pdftotext.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "services/care/SbarPdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tf;

TEST_CASE("an SBAR report prints to PDF with every field of Bilaga 2", "[sbar]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    Client client;
    client.name = QStringLiteral("Greta Gran");
    client.personnummer = QStringLiteral("19121212-1212");
    SbarReport report;
    report.senderName = QStringLiteral("Sara Sjuksköterska");
    report.senderProfession = QStringLiteral("Sjuksköterska");
    report.receiver = QStringLiteral("Distriktsläkare Vårdcentralen Norr");
    report.relativeContact = QStringLiteral("Lena Ek, dotter, 070-123 45 67");
    report.healthCentre = QStringLiteral("Vårdcentralen Norr");
    report.responsibleDoctor = QStringLiteral("Dr Berg");
    report.medicationList = FormAnswer::Yes;
    report.sampleReferral = FormAnswer::No;
    report.consentObtained = FormAnswer::Yes;
    report.consentDate = QDate(2026, 3, 1);
    report.situation = QStringLiteral("Greta har fallit två gånger denna vecka.");
    report.background = QStringLiteral("Demenssjukdom, ny sömnmedicin sedan maj.");
    report.currentState = QStringLiteral("Blåmärke på höger höft, går osäkert.");
    report.vitals.respiratoryRate = 18;
    report.vitals.systolic = 135;
    report.vitals.diastolic = 80;
    report.vitals.pulse = 88;
    report.vitals.alertness = Alertness::NewConfusion;
    report.vitals.temperatureTenths = 372;
    report.vitals.saturation = 94;
    report.recommendation = QStringLiteral("Önskar läkemedelsgenomgång.");
    report.frequency = QStringLiteral("Sedan i måndags, varje natt");
    report.handlingTime = HandlingTime::NextWeekday;
    report.doctorOrder = QStringLiteral("Sätt ut sömnmedicinen.");
    report.reply = QStringLiteral("Tid bokad torsdag.");
    report.feedbackDate = QDate(2026, 5, 7);
    report.feedbackBy = QStringLiteral("Per Persson, sjuksköterska");
    report.readBack = true;
    report.createdUtc = QDateTime(QDate(2026, 5, 6), QTime(8, 15), QTimeZone::utc());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sbar.pdf"));
    SbarPdf::write(report, client, QStringLiteral("Ej använd"), path);
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    // Each label of the form with its value, in the form's words.
    const QList<QPair<QString, QString>> fields {
        {QStringLiteral("Namn och personnummer"), QStringLiteral("Greta Gran, 19121212-1212")},
        {QStringLiteral("Kontaktuppgifter till närstående/företrädare"), report.relativeContact},
        {QStringLiteral("Hälsocentral/sjukstuga/vårdavdelning"), report.healthCentre},
        {QStringLiteral("Ansvarig läkare"), report.responsibleDoctor},
        {QStringLiteral("Aktuell läkemedelslista"), QStringLiteral("Ja")},
        {QStringLiteral("Provtagningsremiss/etikett"), QStringLiteral("Nej")},
        {QStringLiteral("Samtycke inhämtat"), QStringLiteral("Ja, datum 2026-03-01")},
        {QStringLiteral("Datum för informationsöverföring"), QStringLiteral("2026-05-06 10:15")},
        {QStringLiteral("Namn och profession"),
            QStringLiteral("Sara Sjuksköterska, Sjuksköterska")},
        {QStringLiteral("Till"), report.receiver},
        {QStringLiteral("S – Situation och anledning till kontakt"), report.situation},
        {QStringLiteral("B – Bakgrund, kortfattad relevant helhetsbild"), report.background},
        {QStringLiteral("A – Aktuellt tillstånd/status"), report.currentState},
        {QStringLiteral("Andningsfrekvens"), QStringLiteral("18 /min")},
        {QStringLiteral("Blodtryck"), QStringLiteral("135/80 mmHg")},
        {QStringLiteral("Puls"), QStringLiteral("88 /min")},
        {QStringLiteral("Vakenhetsgrad"), QStringLiteral("C – nytillkommen förvirring")},
        {QStringLiteral("Temperatur"), QStringLiteral("37,2 °C")},
        {QStringLiteral("Saturation"), QStringLiteral("94 %")},
        {QStringLiteral("R – Rekommendation/åtgärd"), report.recommendation},
        {QStringLiteral("Hur ofta, länge, när (vid behov)"), report.frequency},
        {QStringLiteral("Läkarordination (vid behov)"), report.doctorOrder},
        {QStringLiteral("Önskad handläggningstid"), QStringLiteral("Nästa vardag")},
        {QStringLiteral("Återrapportering från kommunens hälso- och sjukvård"), report.reply},
        {QStringLiteral("Datum för återrapportering"), QStringLiteral("2026-05-07")},
        {QStringLiteral("Namn och profession (återrapportering)"), report.feedbackBy},
        {QStringLiteral("Mottagaren har bekräftat (läst tillbaka)"), QStringLiteral("Ja")},
    };
    qsizetype from = 0;
    for (const auto &[label, value] : fields) {
        INFO(label.toStdString());
        const qsizetype at = text.indexOf(label, from);
        REQUIRE(at >= 0); // present, and after the field before it
        CHECK(text.indexOf(value, at + label.size()) >= 0);
        from = at + label.size();
    }
    CHECK_FALSE(text.contains(QStringLiteral("Ej använd"))); // the stored sender wins
}

TEST_CASE("an SBAR without vital signs says they were not measured", "[sbar]")
{
    Client client;
    client.name = QStringLiteral("Greta Gran");
    SbarReport report;
    report.situation = QStringLiteral("Oro");
    const QString html = SbarPdf::html(report, client, QStringLiteral("Sara Sjuksköterska"));
    CHECK(html.count(QStringLiteral("Ej mätt")) == 5);
    CHECK(html.contains(QStringLiteral("Ej bedömd")));
    CHECK(html.contains(QStringLiteral("Sara Sjuksköterska")));
}
