// The disk fills up: while `generate` writes (made to happen with a limit on
// file size, see docs/robustness.md), and a generation that stopped half way.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/generator/DataGenerator.h"
#include "storage/Query.h"
#include "support/CliRun.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tf;

TEST_CASE(
    "generate on a full disk leaves no database behind, nor anything else", "[generator][robust]")
{
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("test.sqlite"));
    test::CliConditions fullDisk;
    fullDisk.maxFileBytes = 2 * 1024 * 1024;
    const auto run = test::runCli({QStringLiteral("--database"), target, QStringLiteral("generate"),
                                      QStringLiteral("--scale"), QStringLiteral("small")},
        {}, fullDisk);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Testdatabasen")));
    const bool nothingLeft = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty();
    CHECK(nothingLeft);
    test::reportRobustness(
        QStringLiteral("disk full during generate"), 1, run.exitCode == 1 && nothingLeft ? 1 : 0);

    // The same command with room enough makes the whole database, also where
    // an empty file was put for it.
    QFile placeholder(target);
    REQUIRE(placeholder.open(QIODevice::WriteOnly));
    placeholder.close();
    const auto whole = test::runCli({QStringLiteral("--database"), target,
        QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small")});
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const auto check
        = test::runCli({QStringLiteral("--database"), target, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden)
        == QStringList {QStringLiteral("test.sqlite")});
}

TEST_CASE("check finds a generated database whose filling stopped half way", "[generator][robust]")
{
    const auto backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        GeneratorOptions options;
        // Stops the run where a full disk or a kill could: after the
        // meetings, before the risk assessments.
        options.progress = [](const QString &phase, int) {
            if (phase == QStringLiteral("Riskbedömningar"))
                throw std::runtime_error("stopped");
        };
        CHECK_THROWS(generateDatabase(workspace, options));
    }
    const auto check
        = test::runCli({QStringLiteral("--database"), backend.spec.path, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("fylldes aldrig färdigt")));

    // A whole run claims its rows, and check compares them with what is there.
    const auto whole = test::sqliteBackend();
    {
        Workspace workspace(whole.spec);
        workspace.open();
        const GeneratorResult result = generateDatabase(workspace, {});
        CHECK(workspace.check().isEmpty());
        // A claim of one meeting more than the file holds.
        Query claim(workspace.database(),
            QStringLiteral("UPDATE teamforum_meta SET meta_value = replace(meta_value, ?, ?) "
                           "WHERE meta_key = 'bulk_contents'"));
        claim.bind(QStringLiteral("\"meeting\":%1").arg(result.meetings))
            .bind(QStringLiteral("\"meeting\":%1").arg(result.meetings + 1))
            .exec();
        REQUIRE(claim.rowsAffected() == 1);
        CHECK(workspace.check()
            == QStringList {QStringLiteral("Tabellen meeting har %1 rader; databasen anger %2.")
                                .arg(result.meetings)
                                .arg(result.meetings + 1)});
    }
}
