// A SQLite database on a network filesystem is refused: its locks and the
// shared memory WAL needs do not hold there. The decision is made on the
// filesystem's type as Linux names it; a mount of each type is not at hand
// in a test, so the types are given by name, and the local disk is opened.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "storage/Database.h"
#include "support/RobustnessReport.h"

#include <QTemporaryDir>

#include <iterator>

using namespace tf;

TEST_CASE("a database on a network filesystem is refused in Swedish, a local one is not",
    "[storage][robust]")
{
    const QByteArray network[] = {"nfs", "nfs4", "NFS4", "cifs", "smb3", "smbfs", "9p", "afs",
        "sshfs", "fuse.sshfs", "fuse.rclone", "fuseblk"};
    const QByteArray local[] = {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "vfat", "zfs", ""};
    int held = 0;
    for (const QByteArray &type : network) {
        INFO(type.toStdString());
        CHECK(isNetworkFilesystemType(type));
        held += isNetworkFilesystemType(type);
    }
    for (const QByteArray &type : local) {
        INFO(type.toStdString());
        CHECK_FALSE(isNetworkFilesystemType(type));
        held += !isNetworkFilesystemType(type);
    }
    const StorageError refusal = networkFilesystemRefusal();
    CHECK(refusal.userMessage().contains(QStringLiteral("nätverksenhet")));
    CHECK(refusal.userMessage().contains(QStringLiteral("PostgreSQL")));

    // The tests' own folder is local: opened, not refused.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("teamforum.sqlite"));
    CHECK_FALSE(isNetworkFilesystem(path));
    ConnectionSpec spec;
    spec.path = path;
    Database database(spec);
    CHECK_NOTHROW(database.open());
    test::reportRobustness(QStringLiteral("network filesystem refused (by type)"),
        static_cast<int>(std::size(network) + std::size(local)), held);
}
