// A database that cannot be written to, with file modes as an ordinary user
// meets them (root's override is dropped for the run, see CliRun).
#include <catch2/catch.hpp>

#include "support/CliRun.h"
#include "support/RobustnessReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace tf;

namespace {
const QString kName = QStringLiteral("teamforum.sqlite");

test::CliRun asUser(const QString &path, QStringList arguments)
{
    test::CliConditions conditions;
    conditions.fileModesApply = true;
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--database"));
    return test::runCli(arguments, {}, conditions);
}

test::CliRun addUnit(const QString &path, const QString &name)
{
    return asUser(path,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"),
            QStringLiteral("ordinart_boende"), QStringLiteral("--name"), name});
}

qsizetype unitCount(const test::CliRun &run)
{
    return run.json().array().size();
}

const QFileDevice::Permissions kReadOnly
    = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup;
const QFileDevice::Permissions kWritable
    = kReadOnly | QFileDevice::WriteOwner | QFileDevice::WriteUser;
} // namespace

TEST_CASE("a read-only run leaves the database writable once its file is", "[storage][robust]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(kName);
    REQUIRE(addUnit(path, QStringLiteral("Hemtjänst norr")).exitCode == 0);

    REQUIRE(QFile::setPermissions(path, kReadOnly));
    const auto read = asUser(path, {QStringLiteral("units")});
    INFO(read.err.toStdString());
    CHECK(read.exitCode == 0);
    CHECK(unitCount(read) == 1);
    const auto refused = addUnit(path, QStringLiteral("Hemtjänst söder"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("skrivskyddad")));
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList {kName});

    REQUIRE(QFile::setPermissions(path, kWritable));
    const auto added = addUnit(path, QStringLiteral("Hemtjänst söder"));
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    const bool writable
        = added.exitCode == 0 && unitCount(asUser(path, {QStringLiteral("units")})) == 2;
    CHECK(writable);
    test::reportRobustness(QStringLiteral("read-only file, made writable again"), 1,
        read.exitCode == 0 && refused.exitCode == 1 && writable ? 1 : 0);
}

TEST_CASE("a database in a read-only folder can be read", "[storage][robust]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(kName);
    REQUIRE(addUnit(path, QStringLiteral("Hemtjänst norr")).exitCode == 0);
    const auto folderModes = QFile::permissions(folder.path());
    REQUIRE(QFile::setPermissions(folder.path(),
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
            | QFileDevice::ExeUser));

    const auto read = asUser(path, {QStringLiteral("units")});
    INFO(read.err.toStdString());
    CHECK(read.exitCode == 0);
    CHECK(unitCount(read) == 1);
    const auto check = asUser(path, {QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    const auto refused = addUnit(path, QStringLiteral("Hemtjänst söder"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("skrivskyddad")));

    REQUIRE(QFile::setPermissions(folder.path(), folderModes));
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList {kName});
    test::reportRobustness(QStringLiteral("WAL database in a read-only folder"), 1,
        read.exitCode == 0 && check.exitCode == 0 && refused.exitCode == 1 ? 1 : 0);
}
