// The minutes commands of the real teamforum-cli binary, and the PDF read
// back with pdftotext.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const test::TestBackend &backend, QStringList arguments)
{
    const bool sqlite = backend.spec.engine == ConnectionSpec::Engine::Sqlite;
    arguments.prepend(sqlite ? backend.spec.path : backend.url);
    arguments.prepend(QStringLiteral("--database"));
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

// What one of poppler's tools says about a PDF.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return poppler(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

// A finished and approved meeting that names its client in notes and actions.
test::MinutesFixture writeMeeting(Workspace &workspace)
{
    const auto f = test::makeMinutesFixture(
        workspace, QDateTime(QDate(2026, 11, 12), QTime(13, 0), Qt::UTC));
    Meeting meeting = *workspace.meetings().byId(f.meetingId);
    meeting.secretaryId = f.helperId;
    workspace.meetings().save(meeting, f.chairId);
    auto participants = workspace.meetings().participants(f.meetingId);
    for (auto participant : participants) {
        participant.attendance = participant.personId == f.nurseId ? Attendance::SubstitutePresent
                                                                   : Attendance::Present;
        if (participant.personId == f.nurseId)
            participant.substituteId = f.chairId;
        workspace.meetings().setParticipant(participant, f.chairId);
    }
    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(1);
    entry.text = QStringLiteral("Greta Gransson har ökad fallrisk. Gretas dotter ringer ofta.");
    workspace.minutes().saveEntry(entry, f.helperId);
    entry.section = QStringLiteral("wishes");
    entry.text = QStringLiteral("Greta önskar promenad på förmiddagen.");
    workspace.minutes().saveEntry(entry, f.helperId);
    Action action;
    action.meetingId = f.meetingId;
    action.agendaItemId = f.itemIds.at(1);
    action.clientId = f.clientId;
    action.what = QStringLiteral("Beställ höftskydd till Gransson");
    action.responsibleId = f.nurseId;
    action.dueDate = QDate(2026, 11, 20);
    action.followUpDays = 14;
    action.feedbackToClient = true;
    action.feedbackById = f.helperId;
    workspace.actions().create(action, f.chairId);
    workspace.minutes().setNextMeetingClients(f.meetingId, {f.clientId}, f.chairId);
    workspace.minutes().finish(f.meetingId, f.helperId);
    workspace.minutes().approve(f.meetingId, f.chairId, f.chairId);
    return f;
}
} // namespace

TEST_CASE("cli minutes, actions and search print the meeting's minutes as JSON", "[minutes]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::MinutesFixture f;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            f = writeMeeting(workspace);
        }
        const Run minutes = cli(backend,
            {QStringLiteral("minutes"), QStringLiteral("--meeting"), QString::number(f.meetingId)});
        INFO(minutes.err.toStdString());
        REQUIRE(minutes.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(minutes.out).object();
        CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
        CHECK(json.value(QStringLiteral("secretary")).toString() == QStringLiteral("Åke Öberg"));
        CHECK(json.value(QStringLiteral("attendance")).toArray().size() == 3);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        REQUIRE(items.size() == 3);
        CHECK(items.at(1).toObject().value(QStringLiteral("notes")).toArray().size() == 2);
        const QJsonObject action
            = json.value(QStringLiteral("actions")).toArray().first().toObject();
        CHECK(action.value(QStringLiteral("responsible")).toString()
            == QStringLiteral("Sara Sjöström"));
        CHECK(action.value(QStringLiteral("dueDate")).toString() == QStringLiteral("2026-11-20"));

        const Run missing = cli(backend,
            {QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("99999")});
        CHECK(missing.exitCode != 0);
        CHECK(missing.err.contains(QStringLiteral("finns inte")));
        CHECK(cli(backend, {QStringLiteral("minutes")}).exitCode == 2);

        const auto actions = [&](const QString &status) {
            const Run run = cli(backend,
                {QStringLiteral("actions"), QStringLiteral("--unit"), QString::number(f.unitId),
                    QStringLiteral("--status"), status});
            REQUIRE(run.exitCode == 0);
            return QJsonDocument::fromJson(run.out).array();
        };
        CHECK(actions(QStringLiteral("open")).size() == 1);
        CHECK(actions(QStringLiteral("overdue")).size() == 1); // due 2026-11-20, before today
        CHECK(actions(QStringLiteral("done")).isEmpty());
        CHECK(cli(backend,
                  {QStringLiteral("actions"), QStringLiteral("--unit"), QString::number(f.unitId),
                      QStringLiteral("--status"), QStringLiteral("snart")})
                  .exitCode
            == 2);

        const Run search = cli(backend, {QStringLiteral("search"), QStringLiteral("höftskydd")});
        REQUIRE(search.exitCode == 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().toObject().value(QStringLiteral("kind")).toString()
            == QStringLiteral("action"));
        CHECK(
            hits.first().toObject().value(QStringLiteral("meetingId")).toInteger() == f.meetingId);
        CHECK(hits.first()
                  .toObject()
                  .value(QStringLiteral("snippet"))
                  .toString()
                  .contains(QStringLiteral("«höftskydd»")));
    }
}

TEST_CASE("cli export-minutes writes every part of the minutes, and an anonymised copy without "
          "client names",
    "[minutes]")
{
    const auto backend = test::sqliteBackend();
    test::MinutesFixture f;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        f = writeMeeting(workspace);
    }
    const QString full = backend.folder->filePath(QStringLiteral("protokoll.pdf"));
    const Run run = cli(backend,
        {QStringLiteral("export-minutes"), QStringLiteral("--meeting"),
            QString::number(f.meetingId), QStringLiteral("--pdf"), full});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(full);
    INFO(text.toStdString());
    for (const char *part :
        {"Teammöte", "Solgården avd 2", "2026-11-12", "14:00", "Dagrummet", "Eva Enhetschef",
            "Åke Öberg", "Närvarande", "Frånvarande", "Sara Sjöström, ersättare Eva Enhetschef",
            "Uppföljning av kund", "Greta Gransson", "ökad fallrisk", "Kundens önskemål",
            "Åtgärder", "Beställ höftskydd", "2026-11-20", "2026-11-26", "Ansvarig", "Justerat"}) {
        INFO(part);
        CHECK(text.contains(QString::fromUtf8(part)));
    }

    // Approved minutes are kept as PDF/A-1b: the metadata names the record,
    // every font is embedded.
    const QString metadata = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), full});
    INFO(metadata.toStdString());
    CHECK(metadata.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(metadata.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    for (const char *field : {"Enhet: Solgården avd 2", "Forum: Teammöte", "Datum: 2026-11-12",
             "Justerat av: Eva Enhetschef"}) {
        INFO(field);
        CHECK(metadata.contains(QString::fromUtf8(field)));
    }
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {full})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2); // below the two header lines
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // Columns: name, type, encoding, emb, sub, uni, object ID.
        const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }

    const QString anonymous = backend.folder->filePath(QStringLiteral("avidentifierad.pdf"));
    REQUIRE(cli(backend,
                {QStringLiteral("export-minutes"), QStringLiteral("--meeting"),
                    QString::number(f.meetingId), QStringLiteral("--pdf"), anonymous,
                    QStringLiteral("--anonymize")})
                .exitCode
        == 0);
    const QString copy = pdfText(anonymous);
    INFO(copy.toStdString());
    CHECK(copy.contains(QStringLiteral("G. G.")));
    CHECK(copy.contains(QStringLiteral("ökad fallrisk")));
    CHECK(copy.contains(QStringLiteral("Beställ höftskydd")));
    CHECK_FALSE(copy.contains(QStringLiteral("Greta"), Qt::CaseInsensitive));
    CHECK_FALSE(copy.contains(QStringLiteral("Gransson"), Qt::CaseInsensitive));
    // The copy for a wider audience is not the record.
    CHECK_FALSE(poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), anonymous})
                    .contains(QStringLiteral("pdfaid")));

    const Run bad = cli(backend,
        {QStringLiteral("export-minutes"), QStringLiteral("--meeting"),
            QString::number(f.meetingId), QStringLiteral("--pdf"),
            QStringLiteral("/nonexistent/folder/x.pdf")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("kunde inte skrivas")));
}

TEST_CASE("cli search finds minutes loaded in bulk by the generator", "[search]")
{
    const auto backend = test::sqliteBackend();
    const Run generate = cli(
        backend, {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small")});
    INFO(generate.err.toStdString());
    REQUIRE(generate.exitCode == 0);
    const Run search = cli(backend, {QStringLiteral("search"), QStringLiteral("förmiddagen")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first()
              .toObject()
              .value(QStringLiteral("snippet"))
              .toString()
              .contains(QStringLiteral("«förmiddagen»")));
}

TEST_CASE(
    "cli minutes, export-minutes and search log the clients they show", "[minutes][accesslog]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const bool sqlite = backend.spec.engine == ConnectionSpec::Engine::Sqlite;
        test::MinutesFixture f;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            f = writeMeeting(workspace);
        }
        const auto entries = [&] {
            Workspace workspace(backend.spec);
            workspace.open();
            AccessLogFilter filter;
            filter.clientId = f.clientId;
            return workspace.accessLog().find(filter); // newest first
        };
        REQUIRE(entries().isEmpty());

        const QStringList minutes = {
            QStringLiteral("minutes"), QStringLiteral("--meeting"), QString::number(f.meetingId)};
        REQUIRE(cli(backend, minutes).exitCode == 0);
        auto log = entries();
        REQUIRE(log.size() == 1);
        CHECK(log.first().kind == AccessKind::Minutes);
        CHECK(log.first().purpose == QStringLiteral("command_line"));
        CHECK(log.first().meetingId == f.meetingId);
        CHECK(log.first().personId == 0); // nobody known on this computer account

        if (sqlite) {
            REQUIRE(cli(backend,
                        QStringList {QStringLiteral("--as"), QString::number(f.chairId)} + minutes)
                        .exitCode
                == 0);
            CHECK(entries().first().personId == f.chairId);
            const Run unknown = cli(
                backend, QStringList {QStringLiteral("--as"), QStringLiteral("99999")} + minutes);
            CHECK(unknown.exitCode == 1);
            CHECK(unknown.err.contains(QStringLiteral("--as")));
        } else {
            const Run refused = cli(backend,
                QStringList {QStringLiteral("--as"), QString::number(f.chairId)} + minutes);
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.contains(QStringLiteral("inloggningen")));
        }
        const qsizetype before = entries().size();

        const QTemporaryDir folder;
        const Run pdf = cli(backend,
            {QStringLiteral("export-minutes"), QStringLiteral("--meeting"),
                QString::number(f.meetingId), QStringLiteral("--pdf"),
                folder.filePath(QStringLiteral("protokoll.pdf"))});
        REQUIRE(pdf.exitCode == 0);
        log = entries();
        REQUIRE(log.size() == before + 1);
        CHECK(log.first().kind == AccessKind::Minutes);

        REQUIRE(
            cli(backend, {QStringLiteral("search"), QStringLiteral("höftskydd")}).exitCode == 0);
        log = entries();
        REQUIRE(log.size() == before + 2);
        CHECK(log.first().kind == AccessKind::Search);
        CHECK(log.first().purpose == QStringLiteral("command_line"));
        // A search without hits names nobody.
        REQUIRE(cli(backend, {QStringLiteral("search"), QStringLiteral("zebra")}).exitCode == 0);
        CHECK(entries().size() == before + 2);
    }
}
