// The program is started on a database whose disk is full: a real full
// filesystem (a small tmpfs, mounted when the tests run as root). SQLite
// cannot make its -shm file and calls that an I/O error; the user is told
// in Swedish that the disk is full, and the database is left as it was.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/RobustnessReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;

namespace {
// A tmpfs of two megabytes mounted on a fresh folder, unmounted at the end.
struct SmallDisk
{
    QTemporaryDir folder;
    bool mounted = false;
    QString why; // when it could not be mounted

    SmallDisk()
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=2m"), QStringLiteral("tmpfs"), folder.path()});
        mounted = mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit
            && mount.exitCode() == 0;
        why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), folder.path()});
    }
    // Writes zeros until the disk takes no more.
    void fill() const
    {
        QFile filler(folder.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
};

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("started on a full disk, the program says the disk is full and changes nothing",
    "[storage][robust]")
{
    // A database made where there is room, as an ordinary copy would bring it.
    QTemporaryDir roomy;
    const QString original = roomy.filePath(QStringLiteral("teamforum.sqlite"));
    {
        const auto made = test::runCli({QStringLiteral("--database"), original,
            QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
            QStringLiteral("--name"), QStringLiteral("Björkgården")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    SmallDisk disk;
    if (!disk.mounted) {
        WARN("a full disk could not be made: a tmpfs cannot be mounted here ("
            << disk.why.toStdString() << "); only the roomy case is checked");
        // With room, an I/O error at start keeps its own words.
        const StorageError ioError(StorageError::Kind::General,
            QStringLiteral("Databasfilen kunde inte läsas eller skrivas."), QStringLiteral("4874"));
        CHECK(sqliteStartFailure(ioError, original).kind() == StorageError::Kind::General);
        return;
    }
    const QString path = disk.folder.filePath(QStringLiteral("teamforum.sqlite"));
    REQUIRE(QFile::copy(original, path));
    disk.fill();
    const QByteArray before = digest(path);

    int told = 0;
    const QStringList commands[] = {{QStringLiteral("units")}, {QStringLiteral("check")}};
    for (const QStringList &command : commands) {
        const auto run = test::runCli(QStringList {QStringLiteral("--database"), path} + command);
        INFO(command.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QStringLiteral("disken den ligger på är full")));
        CHECK_FALSE(run.err.contains(QStringLiteral("I/O")));
        CHECK_FALSE(run.err.contains(QStringLiteral("fel i disken")));
        told += run.exitCode == 1 && run.err.contains(QStringLiteral("är full"));
    }
    // The program's own start, as the window opens it.
    ConnectionSpec spec;
    spec.path = path;
    Workspace workspace(spec);
    try {
        workspace.open();
        FAIL("opened on a full disk");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::DiskFull);
        CHECK(error.userMessage().contains(QStringLiteral("Frigör utrymme")));
        told += error.kind() == StorageError::Kind::DiskFull;
    }
    const bool untouched = digest(path) == before;
    CHECK(untouched);

    // Once there is room again, the same file opens and holds what it held.
    REQUIRE(QFile::remove(disk.folder.filePath(QStringLiteral("filler"))));
    const auto afterwards
        = test::runCli({QStringLiteral("--database"), path, QStringLiteral("units")});
    CHECK(afterwards.exitCode == 0);
    CHECK(afterwards.out.contains("Björkgården"));
    test::reportRobustness(QStringLiteral("disk full at start (a full tmpfs)"), 3,
        untouched && afterwards.exitCode == 0 ? told : 0);
}
