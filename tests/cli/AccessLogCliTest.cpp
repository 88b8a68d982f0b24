// `teamforum-cli access-log`, the loggkontroll, run as the real binary.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "services/Workspace.h"
#include "services/generator/DataGenerator.h"
#include "storage/AccessLogRepository.h"
#include "storage/PersonRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tf;

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run accessLog(const test::TestBackend &backend, const QStringList &arguments)
{
    const QString database
        = backend.spec.engine == ConnectionSpec::Engine::Sqlite ? backend.spec.path : backend.url;
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        QStringList {QStringLiteral("--database"), database, QStringLiteral("access-log")}
            + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
        QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("cli access-log lists a client's reads by personnummer and id", "[accesslog][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        qint64 outsider = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            team = test::makeTeam(workspace);
            Person person;
            person.name = QStringLiteral("Olle Utanför");
            outsider = workspace.people().create(person, team.leadId);
            QList<AccessLogEntry> entries;
            const QDateTime march(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
            for (int i = 0; i < 3; ++i) {
                AccessLogEntry e;
                e.accessedUtc = march.addDays(i);
                e.personId = i == 2 ? outsider : team.nurseId;
                e.clientId = team.clientId;
                e.kind = AccessKind::RiskHistory;
                e.purpose = accessPurposeKey(AccessPurpose::BeforeMeeting);
                entries << e;
            }
            workspace.accessLog().record(entries);
        }

        Run run = accessLog(backend, {QStringLiteral("--client"), QStringLiteral("191212121212")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("matching")).toInt() == 3);
        const QJsonArray entries = run.json.value(QStringLiteral("entries")).toArray();
        REQUIRE(entries.size() == 3);
        const QJsonObject newest = entries.at(0).toObject();
        CHECK(newest.value(QStringLiteral("accessedAt")).toString()
            == QStringLiteral("2026-03-12T09:00:00Z"));
        CHECK(newest.value(QStringLiteral("personName")).toString()
            == QStringLiteral("Olle Utanför"));
        CHECK(
            newest.value(QStringLiteral("clientName")).toString() == QStringLiteral("Greta Gran"));
        CHECK(newest.value(QStringLiteral("kind")).toString() == QStringLiteral("risk_history"));
        CHECK(
            newest.value(QStringLiteral("purpose")).toString() == QStringLiteral("before_meeting"));
        CHECK_FALSE(newest.value(QStringLiteral("careRelation")).toBool());
        CHECK(entries.at(1).toObject().value(QStringLiteral("careRelation")).toBool());
        {
            // The list named the client: the loggkontroll's read is logged too.
            Workspace workspace(backend.spec);
            workspace.open();
            AccessLogFilter filter;
            filter.clientId = team.clientId;
            const auto logged = workspace.accessLog().find(filter);
            REQUIRE(logged.size() == 4);
            CHECK(logged.first().kind == AccessKind::AccessLog);
            CHECK(logged.first().purpose == QStringLiteral("loggkontroll"));
        }

        // By id, within whole Swedish days, and only what lacks a care relation.
        run = accessLog(backend,
            {QStringLiteral("--client"), QString::number(team.clientId), QStringLiteral("--from"),
                QStringLiteral("2026-03-11"), QStringLiteral("--to"),
                QStringLiteral("2026-03-11")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("matching")).toInt() == 1);
        run = accessLog(backend,
            {QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03-31"), QStringLiteral("--without-care-relation")});
        REQUIRE(run.exitCode == 0);
        const QJsonArray flagged = run.json.value(QStringLiteral("entries")).toArray();
        REQUIRE(flagged.size() == 1);
        CHECK(flagged.at(0).toObject().value(QStringLiteral("personId")).toInteger() == outsider);

        run = accessLog(backend, {QStringLiteral("--person"), QString::number(team.nurseId)});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("entries")).toArray().size() == 2);

        // Swedish messages for what cannot be answered.
        run = accessLog(backend, {});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Ange --client")));
        run = accessLog(backend, {QStringLiteral("--client"), QStringLiteral("19121212-1213")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("personnummer")));
        run = accessLog(backend, {QStringLiteral("--client"), QStringLiteral("20010101-0007")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Ingen kund har personnummer")));
        run = accessLog(backend,
            {QStringLiteral("--from"), QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                QStringLiteral("2026-03-01")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("före")));
    }
}

TEST_CASE("cli access-log draws a stickprov from a generated month", "[accesslog][cli]")
{
    const auto backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        GeneratorOptions options;
        options.seed = 3;
        const GeneratorResult result = generateDatabase(workspace, options);
        CHECK(result.accessLogRows > 10000);
    }
    const Run verified = accessLog(backend, {QStringLiteral("--verify")});
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.json.value(QStringLiteral("ok")).toBool());
    CHECK(verified.json.value(QStringLiteral("verified")).toInteger() > 10000);
    const QStringList month = {QStringLiteral("--from"), QStringLiteral("2026-09-01"),
        QStringLiteral("--to"), QStringLiteral("2026-09-30")};
    const Run all = accessLog(backend, month);
    REQUIRE(all.exitCode == 0);
    CHECK(all.json.value(QStringLiteral("matching")).toInt() > 1000);
    QSet<QString> seen;
    for (int round = 0; round < 3; ++round) {
        const Run run = accessLog(
            backend, month + QStringList {QStringLiteral("--sample"), QStringLiteral("10")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("sample")).toBool());
        const QJsonArray entries = run.json.value(QStringLiteral("entries")).toArray();
        REQUIRE(entries.size() == 10);
        for (const auto &value : entries) {
            const QString at = value.toObject().value(QStringLiteral("accessedAt")).toString();
            CHECK(at >= QStringLiteral("2026-08-31T22:00:00Z"));
            CHECK(at < QStringLiteral("2026-09-30T22:00:00Z"));
            seen.insert(value.toObject().value(QStringLiteral("id")).toVariant().toString());
        }
    }
    CHECK(seen.size() > 10);
    const Run bad = accessLog(
        backend, month + QStringList {QStringLiteral("--sample"), QStringLiteral("tio")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("positivt heltal")));
}

TEST_CASE("cli access-log --verify finds an entry changed by hand in the database",
    "[accesslog][cli][integrity]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        QList<qint64> ids;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const test::TeamFixture team = test::makeTeam(workspace);
            QList<AccessLogEntry> entries;
            for (int i = 0; i < 3; ++i) {
                AccessLogEntry e;
                e.personId = team.nurseId;
                e.clientId = team.clientId;
                e.kind = AccessKind::RiskHistory;
                e.purpose = accessPurposeKey(AccessPurpose::BeforeMeeting);
                e.accessedUtc = QDateTime(QDate(2026, 3, 10 + i), QTime(9, 0), Qt::UTC);
                entries << e;
            }
            workspace.accessLog().record(entries);
            for (const AccessLogEntry &e : workspace.accessLog().find({}))
                ids.prepend(e.id);
        }
        REQUIRE(ids.size() == 3);
        Run run = accessLog(backend, {QStringLiteral("--verify")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json.value(QStringLiteral("ok")).toBool());
        CHECK(run.json.value(QStringLiteral("verified")).toInteger() == 3);

        // By hand, as someone with the file or the owner's login would: the
        // trigger dropped, a read made to look like another day.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                backend.spec.engine == ConnectionSpec::Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                      : QStringLiteral("QPSQL"),
                QStringLiteral("by-hand"));
            if (backend.spec.engine == ConnectionSpec::Engine::Sqlite) {
                db.setDatabaseName(backend.spec.path);
            } else {
                db.setHostName(backend.spec.host);
                db.setPort(backend.spec.port);
                db.setUserName(backend.spec.user);
                db.setPassword(backend.spec.password);
                db.setDatabaseName(backend.spec.databaseName);
                db.setConnectOptions(backend.spec.options);
            }
            REQUIRE(db.open());
            QSqlQuery query(db);
            const bool pg = backend.spec.engine != ConnectionSpec::Engine::Sqlite;
            REQUIRE(query.exec(QStringLiteral("DROP TRIGGER access_log_append_only")
                + (pg ? QStringLiteral(" ON access_log") : QString())));
            REQUIRE(query.exec(QStringLiteral(
                "UPDATE access_log SET accessed_at = '2026-02-01T09:00:00Z' WHERE id = %1")
                                   .arg(ids.at(1))));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
        run = accessLog(backend, {QStringLiteral("--verify")});
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.json.value(QStringLiteral("ok")).toBool());
        CHECK(run.json.value(QStringLiteral("brokenAt")).toInteger() == ids.at(1));
        CHECK(run.json.value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("ändrats")));
        CHECK(run.err.contains(QString::number(ids.at(1))));
    }
}
