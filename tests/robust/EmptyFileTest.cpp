// A file of zero bytes where the database should be (a copy that did not
// finish, a full disk) is refused and left as it is: only a missing file, or
// one the user asked to have made into a database, becomes a new database.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "support/CliRun.h"
#include "support/RobustnessReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tf;

namespace {
QString emptyFile(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(QStringLiteral("teamforum.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    return path;
}

void checkUntouched(const QTemporaryDir &folder, const QString &path)
{
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden)
        == QStringList {QStringLiteral("teamforum.sqlite")});
}
} // namespace

TEST_CASE("an empty database file is refused untouched", "[storage][robust]")
{
    QTemporaryDir folder;
    const QString path = emptyFile(folder);
    ConnectionSpec spec;
    spec.path = path;
    Workspace workspace(spec);
    try {
        workspace.open();
        FAIL("an empty file was opened as a database");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::NotADatabase);
        CHECK(error.userMessage().contains(QStringLiteral("är tom (0 byte)")));
        CHECK(error.userMessage().contains(QStringLiteral("inte ändrats")));
    }
    checkUntouched(folder, path);

    const auto run = test::runCli({QStringLiteral("--database"), path, QStringLiteral("units")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("är tom (0 byte)")));
    checkUntouched(folder, path);
    test::reportRobustness(QStringLiteral("zero-byte database file refused untouched"), 1,
        run.exitCode == 1 && QFileInfo(path).size() == 0 ? 1 : 0);
}

TEST_CASE("an empty file becomes a database when the user asks for one there", "[storage][robust]")
{
    QTemporaryDir folder;
    ConnectionSpec spec;
    spec.path = emptyFile(folder);
    spec.createHere = true;
    Workspace workspace(spec);
    workspace.open();
    CHECK(workspace.wasCreated());
    CHECK(workspace.check().isEmpty());

    // A missing file is the ordinary way to ask for a new database.
    QTemporaryDir other;
    ConnectionSpec fresh;
    fresh.path = other.filePath(QStringLiteral("ny.sqlite"));
    Workspace created(fresh);
    created.open();
    CHECK(created.wasCreated());
}
