// The command line of avvikelser and klagomål: JSON on standard output,
// Swedish on standard error, exit 2 for a value that cannot be used and 1
// for a refusal; the import's column mapping remembered. Both engines.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tf;

namespace {
QString databaseOf(const test::TestBackend &backend)
{
    return backend.url.isEmpty() ? backend.spec.path : backend.url;
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Points QSettings of the runs at a folder of its own while it lives.
struct OwnConfig
{
    QTemporaryDir folder;
    QByteArray old = qgetenv("XDG_CONFIG_HOME");
    OwnConfig() { qputenv("XDG_CONFIG_HOME", folder.path().toUtf8()); }
    ~OwnConfig()
    {
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
};
} // namespace

TEST_CASE("deviation add, import and summary on the command line", "[deviation][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            team = test::makeTeam(workspace);
        }
        OwnConfig config;
        const QString unit = QString::number(team.unitId);
        const QStringList base {QStringLiteral("--database"), databaseOf(backend)};
        auto add = [&](const QString &date, const QString &category, const QString &text) {
            return test::runCli(base
                + QStringList {QStringLiteral("deviation"), QStringLiteral("add"),
                    QStringLiteral("--unit"), unit, QStringLiteral("--date"), date,
                    QStringLiteral("--category"), category, QStringLiteral("--severity"),
                    QStringLiteral("lindrig"), QStringLiteral("--description"), text});
        };
        test::CliRun run = add(
            QStringLiteral("2026-03-04"), QStringLiteral("fall"), QStringLiteral("Föll i hallen"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("category")).toString()
            == QStringLiteral("fall"));
        CHECK(run.json().object().value(QStringLiteral("id")).toInteger() > 0);

        run = add(QStringLiteral("2026-03-04"), QStringLiteral("fall"),
            QStringLiteral("Greta Gran föll i hallen"));
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("kundens namn")));
        CHECK(run.out.isEmpty());
        run = add(QStringLiteral("2026-03-04"), QStringLiteral("olycka"), QStringLiteral("Föll"));
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("lakemedel")));

        // An export with its own column names: refused until mapped, then
        // mapped once and remembered.
        QTemporaryDir folder;
        const QString csv = writeFile(folder, QStringLiteral("avvikelser.csv"),
            QByteArray("Händelsedag,Typ,Konsekvens,Vad hände\n"
                       "2026-03-10,Läkemedel,Måttlig,Fel dos vid kvällsmedicinering\n"
                       "2026-03-11,Fall,Lindrig,Föll på väg till toaletten\n"));
        const QStringList import = base
            + QStringList {QStringLiteral("deviation"), QStringLiteral("import"),
                QStringLiteral("--unit"), unit, QStringLiteral("--csv"), csv};
        run = test::runCli(import);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("beskrivning")));
        run = test::runCli(import
            + QStringList {QStringLiteral("--map"),
                QStringLiteral("{\"Händelsedag\": \"datum\", \"Vad hände\": \"beskrivning\"}")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("created")).toInt() == 2);

        const QString bad = writeFile(folder, QStringLiteral("fel.csv"),
            QByteArray("Händelsedag,Typ,Konsekvens,Vad hände\n"
                       "2026-03-12,Fall,Lindrig,Föll i matsalen\n"
                       "12/3,Fall,Lindrig,Föll i matsalen igen\n"));
        run = test::runCli(base
            + QStringList {QStringLiteral("deviation"), QStringLiteral("import"),
                QStringLiteral("--unit"), unit, QStringLiteral("--csv"), bad}); // remembered
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("rad 3")));
        CHECK(run.err.contains(QStringLiteral("Ingenting har sparats")));
        const QJsonArray rejected = run.json().object().value(QStringLiteral("rejected")).toArray();
        REQUIRE(rejected.size() == 1);
        CHECK(rejected.first().toObject().value(QStringLiteral("line")).toInt() == 3);

        run = test::runCli(base
            + QStringList {QStringLiteral("deviation"), QStringLiteral("summary"),
                QStringLiteral("--unit"), unit, QStringLiteral("--from"),
                QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03-31")});
        REQUIRE(run.exitCode == 0);
        const QJsonObject summary = run.json().object();
        CHECK(summary.value(QStringLiteral("total"))
                  .toObject()
                  .value(QStringLiteral("current"))
                  .toInt()
            == 3);
        CHECK(summary.value(QStringLiteral("previousFrom")).toString()
            == QStringLiteral("2026-01-29"));
        const QJsonObject fall
            = summary.value(QStringLiteral("categories")).toArray().first().toObject();
        CHECK(fall.value(QStringLiteral("category")).toString() == QStringLiteral("fall"));
        CHECK(fall.value(QStringLiteral("current")).toInt() == 2);
        CHECK(fall.value(QStringLiteral("trend")).toInt() == 2);

        run = test::runCli(base
            + QStringList {QStringLiteral("deviation"), QStringLiteral("summary"),
                QStringLiteral("--unit"), unit, QStringLiteral("--from"),
                QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                QStringLiteral("2026-03-01")});
        CHECK(run.exitCode == 2);
        run = test::runCli(base
            + QStringList {QStringLiteral("deviation"), QStringLiteral("summary"),
                QStringLiteral("--unit"), QStringLiteral("999"), QStringLiteral("--from"),
                QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-03-31")});
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("complaint add, list and feedback on the command line", "[complaint][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            team = test::makeTeam(workspace);
        }
        const QString unit = QString::number(team.unitId);
        const QStringList base {
            QStringLiteral("--database"), databaseOf(backend), QStringLiteral("complaint")};
        test::CliRun run = test::runCli(base
            + QStringList {QStringLiteral("add"), QStringLiteral("--unit"), unit,
                QStringLiteral("--date"), QStringLiteral("2026-04-02"), QStringLiteral("--kind"),
                QStringLiteral("klagomal"), QStringLiteral("--summary"),
                QStringLiteral("Anhörig fick inget svar i telefon under helgen")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const qint64 id = run.json().object().value(QStringLiteral("id")).toInteger();
        CHECK(run.json().object().value(QStringLiteral("status")).toString()
            == QStringLiteral("oppen"));
        run = test::runCli(base
            + QStringList {QStringLiteral("add"), QStringLiteral("--unit"), unit,
                QStringLiteral("--date"), QStringLiteral("2026-04-02"), QStringLiteral("--kind"),
                QStringLiteral("beröm"), QStringLiteral("--summary"), QStringLiteral("Bra")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("synpunkt")));

        run = test::runCli(base
            + QStringList {QStringLiteral("feedback"), QStringLiteral("--complaint"),
                QString::number(id), QStringLiteral("--text"),
                QStringLiteral("Telefonen kopplas nu vidare till nattpersonalen"),
                QStringLiteral("--date"), QStringLiteral("2026-04-10")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("feedbackOn")).toString()
            == QStringLiteral("2026-04-10"));
        run = test::runCli(base
            + QStringList {QStringLiteral("list"), QStringLiteral("--unit"), unit,
                QStringLiteral("--status"), QStringLiteral("open")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().array().isEmpty());
        run = test::runCli(
            base + QStringList {QStringLiteral("list"), QStringLiteral("--unit"), unit});
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.json().array().size() == 1);
        CHECK(run.json().array().first().toObject().value(QStringLiteral("status")).toString()
            == QStringLiteral("aterkopplad"));
        run = test::runCli(base
            + QStringList {QStringLiteral("feedback"), QStringLiteral("--complaint"),
                QStringLiteral("999"), QStringLiteral("--text"), QStringLiteral("Svar")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("999")));
    }
}
