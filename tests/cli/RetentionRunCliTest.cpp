// `teamforum-cli retention provider`, `run` and `protocols`, run as a script
// would: the organisation's provider read back by the command line, the
// purge with its protocol, the preserved exported as PDF/A and as JSON that
// validates against docs/client-export.schema.json.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/Query.h"
#include "support/CliRun.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;

namespace {
test::CliRun retention(const test::TestBackend &backend, const QStringList &arguments)
{
    return test::runCli(
        QStringList {QStringLiteral("--database"), backend.spec.path, QStringLiteral("retention")}
        + arguments);
}

QString tool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString decisionOf(const QJsonArray &plan, const QString &name)
{
    for (const QJsonValue entry : plan) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == name)
            return entry.toObject().value(QStringLiteral("decision")).toString();
    }
    return {};
}
} // namespace

TEST_CASE("cli retention provider, run and protocols", "[purge][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        // Last written three years ago: due for a private provider only.
        Client olle;
        olle.unitId = f.unitId;
        olle.name = QStringLiteral("Olle Olsson");
        olle.personnummer = QStringLiteral("19300316-1233");
        const qint64 olleId = workspace.clients().create(olle, f.chairId);
        Client berit;
        berit.unitId = f.unitId;
        berit.name = QStringLiteral("Berit Bevarad");
        berit.personnummer = QStringLiteral("19701075-2397");
        const qint64 beritId = workspace.clients().create(berit, f.chairId);
        Query old(workspace.database(),
            QStringLiteral("UPDATE client SET updated_at = ? WHERE id IN (?, ?)"));
        old.bind(QStringLiteral("2023-06-01T10:00:00Z")).bind(olleId).bind(beritId).exec();
    }
    const QString today = stockholmDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);

    const test::CliRun initial = retention(backend, {QStringLiteral("provider")});
    INFO(initial.err.toStdString());
    REQUIRE(initial.exitCode == 0);
    CHECK(initial.json().object().value(QStringLiteral("provider")).toString()
        == QStringLiteral("municipal"));
    const test::CliRun municipalPlan
        = retention(backend, {QStringLiteral("plan"), QStringLiteral("--as-of"), today});
    CHECK(decisionOf(municipalPlan.json().array(), QStringLiteral("Olle Olsson"))
        == QStringLiteral("keep"));

    const test::CliRun chosen = retention(backend,
        {QStringLiteral("provider"), QStringLiteral("--provider"), QStringLiteral("private")});
    REQUIRE(chosen.exitCode == 0);
    const test::CliRun readBack = retention(backend, {QStringLiteral("provider")});
    CHECK(readBack.json().object().value(QStringLiteral("provider")).toString()
        == QStringLiteral("private"));
    CHECK(readBack.json().object().value(QStringLiteral("providerName")).toString()
        == QStringLiteral("enskild verksamhet"));
    const test::CliRun privatePlan
        = retention(backend, {QStringLiteral("plan"), QStringLiteral("--as-of"), today});
    CHECK(decisionOf(privatePlan.json().array(), QStringLiteral("Olle Olsson"))
        == QStringLiteral("purge"));
    CHECK(decisionOf(privatePlan.json().array(), QStringLiteral("Berit Bevarad"))
        == QStringLiteral("preserve"));
    // --provider still overrides the setting.
    const test::CliRun overridden = retention(backend,
        {QStringLiteral("plan"), QStringLiteral("--as-of"), today, QStringLiteral("--provider"),
            QStringLiteral("municipal")});
    CHECK(decisionOf(overridden.json().array(), QStringLiteral("Olle Olsson"))
        == QStringLiteral("keep"));

    QTemporaryDir archive;
    const test::CliRun run = retention(backend,
        {QStringLiteral("run"), QStringLiteral("--as-of"), today, QStringLiteral("--archive"),
            archive.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject protocol = run.json().object();
    CHECK(protocol.value(QStringLiteral("provider")).toString() == QStringLiteral("private"));
    CHECK(protocol.value(QStringLiteral("purged")).toInt() == 1);
    CHECK(protocol.value(QStringLiteral("preserved")).toInt() == 1);
    CHECK(protocol.value(QStringLiteral("logTruncated")).toBool());
    CHECK(protocol.value(QStringLiteral("backupsGoneBy")).toString() > today);
    for (const char *secret : {"Olle", "Olsson", "Berit", "Bevarad", "300316", "701075"})
        CHECK_FALSE(run.out.contains(secret));

    const test::CliRun after
        = retention(backend, {QStringLiteral("plan"), QStringLiteral("--as-of"), today});
    CHECK(decisionOf(after.json().array(), QStringLiteral("Olle Olsson")).isEmpty());
    CHECK(decisionOf(after.json().array(), QStringLiteral("Berit Bevarad"))
        == QStringLiteral("preserve"));

    const test::CliRun protocols = retention(backend, {QStringLiteral("protocols")});
    REQUIRE(protocols.exitCode == 0);
    REQUIRE(protocols.json().array().size() == 1);
    CHECK(protocols.json().array().first().toObject().value(QStringLiteral("id"))
        == protocol.value(QStringLiteral("id")));

    const QDir folder(archive.path());
    const QStringList pdfs = folder.entryList({QStringLiteral("urvalsbevarande-*.pdf")});
    const QStringList jsons = folder.entryList({QStringLiteral("urvalsbevarande-*.json")});
    REQUIRE(pdfs.size() == 1);
    REQUIRE(jsons.size() == 1);
    int exitCode = -1;
    const QString metadata = tool(QStringLiteral("pdfinfo"),
        {QStringLiteral("-meta"), folder.filePath(pdfs.first())}, &exitCode);
    INFO(metadata.toStdString());
    CHECK(metadata.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(metadata.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    const QString validation = tool(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import json, sys, jsonschema; "
                           "jsonschema.validate(json.load(open(sys.argv[1])), "
                           "json.load(open(sys.argv[2]))); print('giltig')"),
            folder.filePath(jsons.first()),
            QStringLiteral(TEAMFORUM_SOURCE_DIR "/docs/client-export.schema.json")},
        &exitCode);
    INFO(validation.toStdString());
    CHECK(exitCode == 0);
    CHECK(folder.exists(QStringLiteral("gallringsprotokoll-%1.json")
                            .arg(protocol.value(QStringLiteral("id")).toInt())));

    const test::CliRun verify = test::runCli({QStringLiteral("--database"), backend.spec.path,
        QStringLiteral("access-log"), QStringLiteral("--verify")});
    INFO(verify.out.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.json().object().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("cli retention run and provider refuse bad input in Swedish", "[purge][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        test::makeMinutesFixture(workspace);
    }
    QTemporaryDir archive;
    const test::CliRun future = retention(backend,
        {QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2099-01-01"),
            QStringLiteral("--archive"), archive.path()});
    CHECK(future.exitCode != 0);
    CHECK(future.err.contains(QStringLiteral("efter i dag")));
    CHECK(future.out.isEmpty());

    const test::CliRun noArchive = retention(
        backend, {QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
    CHECK(noArchive.exitCode == 2);
    CHECK(noArchive.err.contains(QStringLiteral("--archive")));

    const test::CliRun provider = retention(backend,
        {QStringLiteral("provider"), QStringLiteral("--provider"), QStringLiteral("kommunal")});
    CHECK(provider.exitCode == 2);
    CHECK(provider.err.contains(QStringLiteral("huvudman")));
    CHECK(retention(backend, {QStringLiteral("protocols")}).json().array().isEmpty());
}
