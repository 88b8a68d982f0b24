// Objections (uppgiften anses oriktig) and corrections: recorded beside the
// note or assessment, shown with it, in the client's export (JSON and PDF),
// added to approved minutes without touching them; a correction keeps the
// text it replaced, who and when. On both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "storage/MinutesRepository.h"
#include "storage/care/RiskRepository.h"
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
struct Recorded
{
    test::MinutesFixture fixture;
    MinuteEntry note;
    qint64 assessmentId = 0;
};

Recorded clientNoteAndAssessment(Workspace &workspace)
{
    Recorded made;
    made.fixture = test::makeMinutesFixture(workspace);
    MinuteEntry note;
    note.agendaItemId = made.fixture.itemIds.at(1); // the client's item
    note.text = QStringLiteral("Greta vill inte duscha på morgonen");
    made.note = workspace.minutes().saveEntry(note, made.fixture.helperId);
    RiskAssessment risk;
    risk.clientId = made.fixture.clientId;
    risk.instrument = QStringLiteral("downton");
    risk.assessedUtc = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
    risk.answers = QJsonObject {{QStringLiteral("previousFalls"), true},
        {QStringLiteral("medications"), QJsonArray {}},
        {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
        {QStringLiteral("gait"), QStringLiteral("normal")}};
    made.assessmentId = workspace.risks().add(risk, made.fixture.nurseId);
    return made;
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

TEST_CASE("an objection is kept beside the note and assessment, on approved minutes too, and "
          "a correction keeps the old text",
    "[objection]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const Recorded made = clientNoteAndAssessment(workspace);
            workspace.setActorId(made.fixture.chairId);
            Objections objections(workspace);

            // Without a reason nothing is corrected.
            CHECK_THROWS_AS(
                objections.correctNote(made.note.id,
                    QStringLiteral("Greta vill duscha på kvällen i stället"), QStringLiteral("  ")),
                StorageError);
            CHECK(objections.correctionsOfNote(made.note.id).isEmpty());
            const MinuteEntry corrected = objections.correctNote(made.note.id,
                QStringLiteral("Greta vill duscha på kvällen i stället"),
                QStringLiteral("Felhört på mötet"));
            CHECK(corrected.text == QStringLiteral("Greta vill duscha på kvällen i stället"));
            const QList<NoteCorrection> history = objections.correctionsOfNote(made.note.id);
            REQUIRE(history.size() == 1);
            CHECK(history.first().previousText
                == QStringLiteral("Greta vill inte duscha på morgonen"));
            CHECK(history.first().reason == QStringLiteral("Felhört på mötet"));
            CHECK(history.first().clientId == made.fixture.clientId);
            CHECK(history.first().correctedUtc.isValid());
            if (backend.url.isEmpty()) // PostgreSQL: the login's person, the owner here
                CHECK(history.first().correctedById == made.fixture.chairId);

            workspace.minutes().finish(made.fixture.meetingId, made.fixture.chairId);
            workspace.minutes().approve(
                made.fixture.meetingId, made.fixture.chairId, made.fixture.chairId);
            const Objection objection = objections.againstNote(
                made.note.id, QStringLiteral("Jag har aldrig sagt att jag vill duscha på kvällen"));
            CHECK(objection.clientId == made.fixture.clientId);
            CHECK(objection.recordedUtc.isValid());
            REQUIRE(objections.ofNote(made.note.id).size() == 1);
            CHECK(objections.ofNote(made.note.id)
                      .first()
                      .text.startsWith(QStringLiteral("Jag har aldrig")));
            // The search's hits read both for their notes in one go.
            QHash<qint64, QList<Objection>> byNote;
            QHash<qint64, QList<NoteCorrection>> correctedByNote;
            objections.ofNotes({made.note.id, 987654}, &byNote, &correctedByNote);
            CHECK(byNote.keys() == QList<qint64> {made.note.id});
            CHECK(byNote.value(made.note.id).first().text == objection.text);
            REQUIRE(correctedByNote.value(made.note.id).size() == 1);
            CHECK(correctedByNote.value(made.note.id).first().reason
                == QStringLiteral("Felhört på mötet"));
            const Objection onRisk = objections.againstAssessment(
                made.assessmentId, QStringLiteral("Jag har inte fallit i år"));
            CHECK(objections.ofAssessment(made.assessmentId).size() == 1);
            CHECK(onRisk.noteId == 0);
            // Opening the meeting reads the objection to its client's
            // assessment with the notes' remarks; another meeting without
            // the client does not.
            QList<Objection> ofMeeting;
            QList<NoteCorrection> correctedInMeeting;
            objections.ofMeeting(made.fixture.meetingId, &ofMeeting, &correctedInMeeting);
            REQUIRE(ofMeeting.size() == 2);
            CHECK(ofMeeting.at(0).noteId == made.note.id);
            CHECK(ofMeeting.at(0).assessmentId == 0);
            CHECK(ofMeeting.at(1).assessmentId == made.assessmentId);
            CHECK(ofMeeting.at(1).noteId == 0);
            CHECK(ofMeeting.at(1).text == QStringLiteral("Jag har inte fallit i år"));
            CHECK(correctedInMeeting.size() == 1);
            const qint64 withoutClient
                = test::addMeeting(workspace, made.fixture, made.fixture.startUtc.addDays(7));
            ofMeeting.clear();
            objections.ofMeeting(withoutClient, &ofMeeting, &correctedInMeeting);
            CHECK(ofMeeting.isEmpty());

            // The approved note is as it was; a correction of it is refused
            // by the lock, its correction row with it.
            CHECK_THROWS_AS(objections.correctNote(
                                made.note.id, QStringLiteral("Ändrad"), QStringLiteral("Fel")),
                StorageError);
            CHECK(workspace.minutes().entry(made.note.id)->text
                == QStringLiteral("Greta vill duscha på kvällen i stället"));
            CHECK(objections.correctionsOfNote(made.note.id).size() == 1);

            CHECK_THROWS_AS(
                objections.againstNote(made.note.id, QStringLiteral("  ")), StorageError);
            CHECK_THROWS_AS(
                objections.againstAssessment(987654, QStringLiteral("Fel")), StorageError);
        }
    }
}

TEST_CASE("objections and corrections are in the client's export and on the command line",
    "[objection][insyn][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Recorded made;
            {
                Workspace workspace(backend.spec);
                workspace.open();
                made = clientNoteAndAssessment(workspace);
            }
            const QString database = backend.url.isEmpty() ? backend.spec.path : backend.url;
            int exitCode = -1;
            auto cli = [&](const QStringList &arguments) {
                return run(QStringLiteral(TEAMFORUM_CLI_PATH),
                    QStringList {QStringLiteral("--database"), database} + arguments, &exitCode);
            };
            QString output = cli({QStringLiteral("correct-note"), QStringLiteral("--note"),
                QString::number(made.note.id), QStringLiteral("--text"),
                QStringLiteral("Greta duschar helst på kvällen")});
            CHECK(exitCode == 2); // a correction says why
            output = cli({QStringLiteral("correct-note"), QStringLiteral("--note"),
                QString::number(made.note.id), QStringLiteral("--text"),
                QStringLiteral("Greta duschar helst på kvällen"), QStringLiteral("--reason"),
                QStringLiteral("Kunden rättade oss")});
            INFO(output.toStdString());
            REQUIRE(exitCode == 0);
            CHECK(QJsonDocument::fromJson(output.toUtf8())
                      .object()
                      .value(QStringLiteral("reason"))
                      .toString()
                == QStringLiteral("Kunden rättade oss"));
            CHECK(QJsonDocument::fromJson(output.toUtf8())
                      .object()
                      .value(QStringLiteral("previousText"))
                      .toString()
                == QStringLiteral("Greta vill inte duscha på morgonen"));
            output = cli({QStringLiteral("objection"), QStringLiteral("--note"),
                QString::number(made.note.id), QStringLiteral("--text"),
                QStringLiteral("Kunden säger att hon duschar på morgonen")});
            REQUIRE(exitCode == 0);
            output = cli({QStringLiteral("objection"), QStringLiteral("--assessment"),
                QString::number(made.assessmentId), QStringLiteral("--text"),
                QStringLiteral("Kunden säger att fallet var i fjol")});
            REQUIRE(exitCode == 0);
            cli({QStringLiteral("objection"), QStringLiteral("--note"), QStringLiteral("1"),
                QStringLiteral("--assessment"), QStringLiteral("1"), QStringLiteral("--text"),
                QStringLiteral("x")});
            CHECK(exitCode == 2);

            // Shown with the note in the minutes, as JSON and as PDF.
            output = cli({QStringLiteral("minutes"), QStringLiteral("--meeting"),
                QString::number(made.fixture.meetingId)});
            REQUIRE(exitCode == 0);
            QJsonObject minutesNote;
            for (const QJsonValue &item : QJsonDocument::fromJson(output.toUtf8())
                                              .object()
                                              .value(QStringLiteral("items"))
                                              .toArray())
                for (const QJsonValue &note :
                    item.toObject().value(QStringLiteral("notes")).toArray())
                    if (note.toObject().value(QStringLiteral("id")).toInteger() == made.note.id)
                        minutesNote = note.toObject();
            CHECK(minutesNote.value(QStringLiteral("objections"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("text"))
                      .toString()
                == QStringLiteral("Kunden säger att hon duschar på morgonen"));
            CHECK(minutesNote.value(QStringLiteral("corrections"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("previousText"))
                      .toString()
                == QStringLiteral("Greta vill inte duscha på morgonen"));

            const QString folder = backend.folder ? backend.folder->path() : QDir::tempPath();
            const QString minutesPdf = folder + QStringLiteral("/protokoll.pdf");
            cli({QStringLiteral("export-minutes"), QStringLiteral("--meeting"),
                QString::number(made.fixture.meetingId), QStringLiteral("--pdf"), minutesPdf});
            REQUIRE(exitCode == 0);
            const QString minutesText
                = run(QStringLiteral("pdftotext"), {minutesPdf, QStringLiteral("-")}, &exitCode)
                      .simplified();
            CHECK(minutesText.contains(QStringLiteral("Invändning, uppgiften anses oriktig")));
            CHECK(minutesText.contains(QStringLiteral("Kunden säger att hon duschar på morgonen")));
            CHECK(minutesText.contains(
                QStringLiteral("Texten före rättelsen: Greta vill inte duscha på morgonen")));
            const QString json = folder + QStringLiteral("/invandning.json");
            const QString pdf = folder + QStringLiteral("/invandning.pdf");
            output = cli({QStringLiteral("client-export"), QStringLiteral("--client"),
                QString::number(made.fixture.clientId), QStringLiteral("--json"), json,
                QStringLiteral("--pdf"), pdf});
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
            QJsonObject exportedNote;
            for (const QJsonValue &item : dossier.value(QStringLiteral("agendaItems")).toArray())
                for (const QJsonValue &note :
                    item.toObject().value(QStringLiteral("notes")).toArray())
                    if (note.toObject().value(QStringLiteral("id")).toInteger() == made.note.id)
                        exportedNote = note.toObject();
            CHECK(exportedNote.value(QStringLiteral("text")).toString()
                == QStringLiteral("Greta duschar helst på kvällen"));
            const QJsonArray noteObjections
                = exportedNote.value(QStringLiteral("objections")).toArray();
            REQUIRE(noteObjections.size() == 1);
            CHECK(noteObjections.first().toObject().value(QStringLiteral("text")).toString()
                == QStringLiteral("Kunden säger att hon duschar på morgonen"));
            const QJsonArray corrections
                = exportedNote.value(QStringLiteral("corrections")).toArray();
            REQUIRE(corrections.size() == 1);
            CHECK(corrections.first().toObject().value(QStringLiteral("previousText")).toString()
                == QStringLiteral("Greta vill inte duscha på morgonen"));
            const QJsonArray assessments
                = dossier.value(QStringLiteral("riskAssessments")).toArray();
            REQUIRE(assessments.size() == 1);
            CHECK(assessments.first()
                      .toObject()
                      .value(QStringLiteral("objections"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("text"))
                      .toString()
                == QStringLiteral("Kunden säger att fallet var i fjol"));

            const QString printed
                = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &exitCode);
            REQUIRE(exitCode == 0);
            const QString flat = printed.simplified();
            CHECK(flat.contains(QStringLiteral("uppgiften anses oriktig")));
            CHECK(flat.contains(QStringLiteral("Kunden säger att hon duschar på morgonen")));
            CHECK(flat.contains(QStringLiteral("Texten före rättelsen: Greta vill inte duscha")));
            CHECK(flat.contains(QStringLiteral("Kunden säger att fallet var i fjol")));
        }
    }
}
