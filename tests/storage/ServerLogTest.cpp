// With PostgreSQL's default settings a failed statement is written to the
// server's log with the values the program sent in it (Qt's driver sends them
// as literals). After `teamforum-cli prepare-server` the same failures, made
// through the program's own paths, leave no trace of a note or a personnummer
// there; a database without it shows that they would.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/ConnectionSpec.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "support/CliRun.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

using namespace tf;

namespace {

// A word found nowhere else: letters and digits, new for every run.
QString randomMarker(const char *prefix)
{
    QString marker = QString::fromLatin1(prefix);
    for (int i = 0; i < 12; ++i)
        marker += QLatin1Char(
            "abcdefghijkmnpqrstuvwxyz23456789"[QRandomGenerator::global()->bounded(32)]);
    return marker;
}

// The distinctive values one database's failures carry, one per failure.
struct Markers
{
    QString personnummer
        = makePersonnummer(QDate(1920, 1, 1).addDays(QRandomGenerator::global()->bounded(11000)),
            QRandomGenerator::global()->bounded(1000));
    QString clientName = randomMarker("Kundnamn");
    QString duplicateNote = randomMarker("Dubblettanteckning");
    QString lockedNote = randomMarker("Justeradanteckning");
    QString lostUpdateNote = randomMarker("Krockanteckning");
    QString invalidValue = randomMarker("Felvarde");
    QString deniedClientName = randomMarker("Obehorigkund");
};

QString urlFor(const QString &database, const QString &user = {})
{
    QUrl url(qEnvironmentVariable("TEAMFORUM_TEST_PG"));
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

// Statements on the test server as its superuser, outside any database
// Teamforum uses. Returns the first failure, empty when all ran.
QString asSuperuser(const QStringList &statements, const QString &database = {})
{
    QString failure;
    {
        ConnectionSpec spec;
        ConnectionSpec::parse(qEnvironmentVariable("TEAMFORUM_TEST_PG"), &spec, &failure);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(database.isEmpty() ? spec.databaseName : database);
        if (!db.open())
            failure = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (failure.isEmpty() && !query.exec(statement))
                failure = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return failure;
}

// What the server wrote to its log since `from` (a byte offset).
QString logSince(qint64 from)
{
    QFile file(qEnvironmentVariable("TEAMFORUM_TEST_PG_LOG"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.seek(from));
    return QString::fromUtf8(file.readAll());
}

qint64 logSize()
{
    return QFile(qEnvironmentVariable("TEAMFORUM_TEST_PG_LOG")).size();
}

void expectRefusal(const std::function<void()> &change)
{
    bool refused = false;
    try {
        change();
    } catch (const StorageError &) {
        refused = true;
    }
    REQUIRE(refused);
}

// Makes the failures a care team can meet, each carrying one marker: a
// client that names no existing unit (foreign key), two first notes in the
// same field (unique key), a note saved over someone else's (lost update), a
// value of the wrong form, a change to approved minutes (the lock's trigger)
// and a client added by a login that may only read. Each is refused; what
// the server logged is the test.
void failWithCareData(const QString &database, const QString &readerLogin, const Markers &markers)
{
    ConnectionSpec spec;
    QString error;
    REQUIRE(ConnectionSpec::parse(urlFor(database), &spec, &error));
    Workspace workspace(spec);
    workspace.open();
    const test::MinutesFixture f
        = test::makeMinutesFixture(workspace, QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC));

    Client client;
    client.unitId = f.unitId + 1000;
    client.personnummer = markers.personnummer;
    client.name = markers.clientName;
    expectRefusal([&] { workspace.clients().create(client, f.chairId); });

    MinuteEntry entry;
    entry.agendaItemId = f.itemIds.at(1);
    entry.text = QStringLiteral("Greta har ramlat.");
    const MinuteEntry read = workspace.minutes().saveEntry(entry, f.chairId);
    // The insert of a second first note, as when two start the field at once.
    expectRefusal([&] {
        Query insert(workspace.database(),
            QStringLiteral("INSERT INTO minute_entry (agenda_item_id, section, text, author_id, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.bind(entry.agendaItemId).bind(entry.section).bind(markers.duplicateNote);
        insert.bindId(f.chairId).bind(nowUtcText()).bindId(f.chairId);
        insert.execReturningId();
    });

    MinuteEntry other = read;
    other.text = QStringLiteral("Greta har ramlat två gånger.");
    workspace.minutes().saveEntry(other, f.nurseId);
    MinuteEntry stale = read;
    stale.text = markers.lostUpdateNote;
    expectRefusal([&] { workspace.minutes().saveEntry(stale, f.chairId); });

    expectRefusal([&] {
        Query query(workspace.database(), QStringLiteral("SELECT id FROM client WHERE id = ?"));
        query.bind(markers.invalidValue).exec();
    });

    workspace.minutes().finish(f.meetingId, f.chairId);
    workspace.minutes().setJusterare(f.meetingId, {f.nurseId}, f.chairId);
    workspace.minutes().approve(f.meetingId, f.nurseId, f.chairId);
    expectRefusal([&] {
        Query update(
            workspace.database(), QStringLiteral("UPDATE minute_entry SET text = ? WHERE id = ?"));
        update.bind(markers.lockedNote).bind(read.id).exec();
    });

    // A login that may read but not write (permission denied).
    const QString granted = asSuperuser(
        {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(readerLogin),
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(readerLogin)},
        database);
    INFO(granted.toStdString());
    REQUIRE(granted.isEmpty());
    ConnectionSpec readerSpec;
    REQUIRE(ConnectionSpec::parse(urlFor(database, readerLogin), &readerSpec, &error));
    Workspace reader(readerSpec);
    reader.open();
    Client denied;
    denied.unitId = f.unitId;
    denied.personnummer = markers.personnummer;
    denied.name = markers.deniedClientName;
    expectRefusal([&] { reader.clients().create(denied, f.chairId); });
}

// The two databases and the login the test makes, gone again afterwards.
struct ScratchServerObjects
{
    QString suffix = randomMarker("");
    QString prepared = QStringLiteral("tf_log_prepared_") + suffix;
    QString plain = QStringLiteral("tf_log_plain_") + suffix;
    QString login = QStringLiteral("tf_log_login_") + suffix;

    ScratchServerObjects()
    {
        const QString failure = asSuperuser({QStringLiteral("CREATE DATABASE %1").arg(prepared),
            QStringLiteral("CREATE DATABASE %1").arg(plain),
            QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)});
        INFO(failure.toStdString());
        REQUIRE(failure.isEmpty());
    }
    ~ScratchServerObjects()
    {
        asSuperuser({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(prepared),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(plain),
            QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)});
    }
};
} // namespace

TEST_CASE("prepare-server keeps care data out of PostgreSQL's server log", "[postgres][serverlog]")
{
    if (!test::postgresConfigured() || qEnvironmentVariableIsEmpty("TEAMFORUM_TEST_PG_LOG")) {
        WARN("needs TEAMFORUM_TEST_PG and TEAMFORUM_TEST_PG_LOG (the server's log file)");
        return;
    }
    const ScratchServerObjects scratch;
    const QString prepared = scratch.prepared;
    const QString plain = scratch.plain;

    // Only a superuser may make the settings; an ordinary login is told so.
    const test::CliRun refused = test::runCli({QStringLiteral("--database"),
        urlFor(prepared, scratch.login), QStringLiteral("prepare-server")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("får inte ändra databasens logginställningar")));
    CHECK(refused.err.contains(QStringLiteral("superanvändare")));

    const test::CliRun first = test::runCli(
        {QStringLiteral("--database"), urlFor(prepared), QStringLiteral("prepare-server")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject settings = first.json()[QStringLiteral("settings")].toObject();
    CHECK(settings[QStringLiteral("log_min_messages")].toString() == QStringLiteral("fatal"));
    CHECK(
        settings[QStringLiteral("log_min_error_statement")].toString() == QStringLiteral("panic"));
    CHECK(settings[QStringLiteral("log_error_verbosity")].toString() == QStringLiteral("terse"));
    CHECK(first.json()[QStringLiteral("changed")].toArray().contains(
        QStringLiteral("log_min_messages")));
    // The search's full-text match may then run before the row-level
    // security policies, so it can use its index.
    CHECK(first.json()[QStringLiteral("changed")].toArray().contains(
        QStringLiteral("search_match_leakproof")));
    CHECK(first.json()[QStringLiteral("searchMatchLeakproof")].toBool());
    const test::CliRun again = test::runCli(
        {QStringLiteral("--database"), urlFor(prepared), QStringLiteral("prepare-server")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json()[QStringLiteral("changed")].toArray().isEmpty());
    CHECK(again.json()[QStringLiteral("searchMatchLeakproof")].toBool());
    CHECK(again.json()[QStringLiteral("settings")] == first.json()[QStringLiteral("settings")]);

    const Markers safe;
    const qint64 safeFrom = logSize();
    failWithCareData(prepared, scratch.login, safe);
    const QString safeLog = logSince(safeFrom);
    for (const QString &marker : {safe.personnummer, safe.clientName, safe.duplicateNote,
             safe.lockedNote, safe.lostUpdateNote, safe.invalidValue, safe.deniedClientName}) {
        INFO("in the server log: " << marker.toStdString());
        CHECK_FALSE(safeLog.contains(marker));
    }

    // The control: the same failures on a database without the settings do
    // put the values into the log, so the test above could fail.
    const Markers unsafe;
    const qint64 unsafeFrom = logSize();
    failWithCareData(plain, scratch.login, unsafe);
    const QString unsafeLog = logSince(unsafeFrom);
    for (const QString &marker : {unsafe.personnummer, unsafe.clientName, unsafe.duplicateNote,
             unsafe.lockedNote, unsafe.invalidValue, unsafe.deniedClientName}) {
        INFO("missing from the server log: " << marker.toStdString());
        CHECK(unsafeLog.contains(marker));
    }

    // `check` says which databases lack the settings.
    const test::CliRun checkPrepared
        = test::runCli({QStringLiteral("--database"), urlFor(prepared), QStringLiteral("check")});
    CHECK(checkPrepared.json()[QStringLiteral("serverLog")][QStringLiteral("careSafe")].toBool());
    const test::CliRun checkPlain
        = test::runCli({QStringLiteral("--database"), urlFor(plain), QStringLiteral("check")});
    const QJsonObject plainState = checkPlain.json()[QStringLiteral("serverLog")].toObject();
    CHECK_FALSE(plainState[QStringLiteral("careSafe")].toBool(true));
    CHECK(plainState[QStringLiteral("missing")].toArray().contains(
        QStringLiteral("log_min_messages=warning")));
}
