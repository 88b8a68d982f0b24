// Runs the real teamforum-cli binary, as a script would.
#include <catch2/catch.hpp>

#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

QStringList databaseArgs(const tf::test::TestBackend &backend)
{
    const auto &spec = backend.spec;
    if (spec.engine == tf::ConnectionSpec::Engine::Sqlite)
        return {QStringLiteral("--database"), spec.path};
    return {QStringLiteral("--database"), backend.url};
}
} // namespace

TEST_CASE("cli templates prints every template with the documented fields", "[cli]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const CliRun run = runCli(databaseArgs(backend) << QStringLiteral("templates"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonArray templates = run.json().array();
        REQUIRE(templates.size() == 31);
        for (const auto &value : templates) {
            const QJsonObject t = value.toObject();
            for (const char *field :
                {"serviceType", "forum", "name", "rrule", "timesPerDay", "onDemand", "minutes",
                    "location", "participants", "leaders", "purpose", "agenda"}) {
                INFO(field);
                CHECK(t.contains(QLatin1String(field)));
            }
            CHECK(t.value(QStringLiteral("rrule")).toString().startsWith(QStringLiteral("FREQ=")));
            CHECK(t.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("min")).toInt()
                > 0);
            CHECK(t.value(QStringLiteral("agenda")).toArray().first().isString());
        }
    }
}

TEST_CASE("cli templates filters by service type", "[cli]")
{
    const auto backend = tf::test::sqliteBackend();
    const CliRun run = runCli(databaseArgs(backend)
        << QStringLiteral("templates") << QStringLiteral("--service-type")
        << QStringLiteral("ordinart_boende"));
    REQUIRE(run.exitCode == 0);
    const QJsonArray templates = run.json().array();
    CHECK(templates.size() == 6);
    const QJsonObject teammote = templates.at(2).toObject();
    CHECK(teammote.value(QStringLiteral("forum")).toString() == QStringLiteral("teammote"));
    CHECK(teammote.value(QStringLiteral("rrule")).toString()
        == QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
    const QJsonArray participants = teammote.value(QStringLiteral("participants")).toArray();
    const auto optional
        = std::count_if(participants.begin(), participants.end(), [](const QJsonValue &p) {
              return p.toObject().value(QStringLiteral("optional")).toBool();
          });
    CHECK(optional == 2);

    const CliRun bad = runCli(databaseArgs(backend)
        << QStringLiteral("templates") << QStringLiteral("--service-type")
        << QStringLiteral("sjukhus"));
    CHECK(bad.exitCode != 0);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("Okänd verksamhetstyp")));
}

TEST_CASE("cli check reports schema and integrity", "[cli]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const CliRun run = runCli(databaseArgs(backend) << QStringLiteral("check"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject result = run.json().object();
        CHECK(result.value(QStringLiteral("ok")).toBool());
        CHECK(result.value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
        CHECK(result.value(QStringLiteral("engine")).toString() == backend.name);
    }
}

TEST_CASE("cli check refuses a file that is not a database", "[cli]")
{
    const auto backend = tf::test::sqliteBackend();
    QFile file(backend.spec.path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("inte en databas, bara text");
    file.close();
    const CliRun run = runCli(databaseArgs(backend) << QStringLiteral("check"));
    CHECK(run.exitCode != 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("ingen Teamforum-databas")));
}

TEST_CASE("cli validate-personnummer answers in JSON", "[cli]")
{
    // A plus sign marks someone who has turned 100: 1912, not 2012.
    const CliRun valid
        = runCli({QStringLiteral("validate-personnummer"), QStringLiteral("121212+1212")});
    REQUIRE(valid.exitCode == 0);
    CHECK(valid.json().object().value(QStringLiteral("valid")).toBool());
    CHECK(valid.json().object().value(QStringLiteral("normalized")).toString()
        == QStringLiteral("19121212-1212"));
    CHECK(valid.json().object().value(QStringLiteral("error")).isNull());

    const CliRun invalid
        = runCli({QStringLiteral("validate-personnummer"), QStringLiteral("19121212-1213")});
    const QJsonObject result = invalid.json().object();
    CHECK_FALSE(result.value(QStringLiteral("valid")).toBool());
    CHECK(result.value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("Kontrollsiffran")));
}

TEST_CASE("cli version and unknown commands", "[cli]")
{
    const CliRun version = runCli({QStringLiteral("version")});
    REQUIRE(version.exitCode == 0);
    CHECK_FALSE(version.json().object().value(QStringLiteral("version")).toString().isEmpty());

    const CliRun unknown = runCli({QStringLiteral("fika")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Okänt kommando")));
    const CliRun none = runCli({});
    CHECK(none.exitCode == 2);
}
