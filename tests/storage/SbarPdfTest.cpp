// The SBAR form printed to PDF, read back with pdftotext.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "services/care/SbarPdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tf;

TEST_CASE("an SBAR report prints to PDF with every part", "[sbar]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    Client client;
    client.name = QStringLiteral("Greta Gran");
    client.personnummer = QStringLiteral("19121212-1212");
    SbarReport report;
    report.receiver = QStringLiteral("Distriktsläkare Vårdcentralen Norr");
    report.situation = QStringLiteral("Greta har fallit två gånger denna vecka.");
    report.background = QStringLiteral("Demenssjukdom, ny sömnmedicin sedan maj.");
    report.currentState = QStringLiteral("Blåmärke på höger höft, går osäkert.");
    report.recommendation = QStringLiteral("Önskar läkemedelsgenomgång.");
    report.handlingTime = HandlingTime::NextWeekday;
    report.reply = QStringLiteral("Tid bokad torsdag.");
    report.readBack = true;
    report.createdUtc = QDateTime(QDate(2026, 5, 6), QTime(8, 15), QTimeZone::utc());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sbar.pdf"));
    SbarPdf::write(report, client, QStringLiteral("Sara Sjuksköterska"), path);
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    for (const QString &expected : {QStringLiteral("SBAR"),
             QStringLiteral("Greta Gran, 19121212-1212"), QStringLiteral("Sara Sjuksköterska"),
             QStringLiteral("Distriktsläkare Vårdcentralen Norr"),
             QStringLiteral("2026-05-06 10:15"), QStringLiteral("Nästa vardag"),
             QStringLiteral("S – Situation"), report.situation, QStringLiteral("B – Bakgrund"),
             report.background, QStringLiteral("A – Aktuellt tillstånd (och bedömning)"),
             report.currentState, QStringLiteral("R – Rekommendation"), report.recommendation,
             report.reply, QStringLiteral("läst tillbaka): ja")})
        CHECK(text.contains(expected));
}
