// Care data is for the account that uses the program: under the usual umask
// 022 the database, its folder, logs and exports must still be closed to
// every other local account.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tf;

namespace {
// Group and other permission bits of the path, or -1 when it is missing.
int openToOthers(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & (S_IRWXG | S_IRWXO));
}

// Runs teamforum-cli with the usual umask and its data folder under `home`.
int runCli(const QString &home, const QStringList &arguments)
{
    const mode_t previous = ::umask(022);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH), arguments);
    const bool finished = process.waitForFinished(60000);
    ::umask(previous);
    REQUIRE(finished);
    INFO(process.readAllStandardError().toStdString());
    return process.exitCode();
}
} // namespace

TEST_CASE("a new database, its folder and the log are closed to other accounts", "[cli]")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("omsorg/team"));
    const QString database = folder + QStringLiteral("/teamforum.sqlite");
    REQUIRE(runCli(home.path(),
                {QStringLiteral("--database"), database, QStringLiteral("add-unit"),
                    QStringLiteral("--service-type"), QStringLiteral("sabo"),
                    QStringLiteral("--name"), QStringLiteral("Björken")})
        == 0);
    CHECK(openToOthers(database) == 0);
    CHECK(openToOthers(folder) == 0);
    const QString logs = home.filePath(QStringLiteral("Teamforum/Teamforum/logs"));
    CHECK(openToOthers(logs) == 0);
    CHECK(openToOthers(logs + QStringLiteral("/teamforum.log")) == 0);
    CHECK(openToOthers(home.filePath(QStringLiteral("Teamforum/Teamforum"))) == 0);
}

TEST_CASE("a database file readable by others is closed when it is opened", "[storage]")
{
    const auto backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
    }
    REQUIRE(::chmod(QFile::encodeName(backend.spec.path).constData(), 0644) == 0);
    Workspace workspace(backend.spec);
    workspace.open();
    CHECK(openToOthers(backend.spec.path) == 0);
    CHECK(openToOthers(backend.spec.path + QStringLiteral("-wal")) == 0);
}

TEST_CASE("exported minutes and calendars are closed to other accounts", "[cli]")
{
    const auto backend = test::sqliteBackend();
    test::MinutesFixture f;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        f = test::makeMinutesFixture(workspace);
    }
    QTemporaryDir home;
    const QString pdf = home.filePath(QStringLiteral("protokoll.pdf"));
    REQUIRE(runCli(home.path(),
                {QStringLiteral("--database"), backend.spec.path, QStringLiteral("export-minutes"),
                    QStringLiteral("--meeting"), QString::number(f.meetingId),
                    QStringLiteral("--pdf"), pdf})
        == 0);
    CHECK(openToOthers(pdf) == 0);

    // An older file with wider permissions is closed when it is written over.
    const QString pdfAgain = home.filePath(QStringLiteral("gammal.pdf"));
    QFile old(pdfAgain);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.close();
    REQUIRE(::chmod(QFile::encodeName(pdfAgain).constData(), 0644) == 0);
    REQUIRE(runCli(home.path(),
                {QStringLiteral("--database"), backend.spec.path, QStringLiteral("export-minutes"),
                    QStringLiteral("--meeting"), QString::number(f.meetingId),
                    QStringLiteral("--pdf"), pdfAgain})
        == 0);
    CHECK(openToOthers(pdfAgain) == 0);
}
