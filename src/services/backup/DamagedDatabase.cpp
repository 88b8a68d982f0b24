#include "services/backup/DamagedDatabase.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/backup/Backups.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/SqliteCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace tf {

namespace {
const QStringList kCompanions
    = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// "teamforum.sqlite.skadad-20261205-041233", a name nothing has yet.
QString asideName(const QString &databasePath)
{
    const QString base = databasePath + QStringLiteral(".skadad-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

StorageError notReplaced(const QString &why)
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("Säkerhetskopian kunde inte läggas på plats: %1 Den skadade filen är "
                       "kvar som den var.")
            .arg(why));
}
} // namespace

bool isDamagedDatabase(Workspace &workspace, const StorageError &openFailure)
{
    const ConnectionSpec &spec = workspace.database().spec();
    if (spec.engine != ConnectionSpec::Engine::Sqlite || !QFileInfo(spec.path).isFile())
        return false;
    if (openFailure.kind() == StorageError::Kind::Corrupt)
        return true;
    if (openFailure.kind() != StorageError::Kind::NotADatabase)
        return false;
    // SQLITE_NOTADB: the header is not SQLite's. A readable database
    // without Teamforum's marker is someone else's, not a damaged one.
    const bool notSqlite = (openFailure.nativeCode().toInt() & 0xff) == 26;
    return notSqlite || QFileInfo(spec.path).size() == 0;
}

std::optional<GoodBackup> newestGoodBackup(Workspace &workspace)
{
    for (const QString &path : Backups::dailyBackupsOf(workspace.database().spec().path))
        if (problemsOfSqliteFile(path).isEmpty())
            return GoodBackup {path, QFileInfo(path).lastModified()};
    return std::nullopt;
}

QString backupFolder(Workspace &workspace)
{
    return Backups::dailyFolderOf(workspace.database().spec().path);
}

QString databaseFolder(Workspace &workspace)
{
    return QFileInfo(workspace.database().spec().path).absolutePath();
}

QString replaceDamagedDatabase(Workspace &workspace, const QString &backupPath)
{
    Database &db = workspace.database();
    const QString target = QFileInfo(db.spec().path).absoluteFilePath();
    if (!QFileInfo(backupPath).isFile())
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Säkerhetskopian %1 finns inte. Den skadade filen är kvar som den var.")
                .arg(backupPath));
    const QStringList problems = problemsOfSqliteFile(backupPath);
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::NotADatabase,
            QStringLiteral("%1 kan inte läsas tillbaka: %2 Den skadade filen är kvar som den var.")
                .arg(backupPath, problems.join(QLatin1Char(' '))));
    db.close();

    // The copy is whole on disk beside the database before anything is moved.
    const QString partial = target + QStringLiteral(".ofullständig");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial)) {
        QFile::remove(partial);
        throw notReplaced(QStringLiteral("kopian kunde inte skrivas bredvid databasen."));
    }
    makePrivate(partial);
    if (!syncToDisk(partial)) {
        QFile::remove(partial);
        throw notReplaced(QStringLiteral("kopian kunde inte sparas till disken."));
    }
    const QString aside = asideName(target);
    if (!renameFile(target, aside)) {
        QFile::remove(partial);
        throw notReplaced(QStringLiteral("den skadade filen kunde inte byta namn."));
    }
    // The damaged file's log goes with it: left behind, SQLite would apply
    // it to the restored file.
    for (const QString &suffix : kCompanions)
        if (QFileInfo::exists(target + suffix))
            renameFile(target + suffix, aside + suffix);
    if (!renameFile(partial, target)) {
        renameFile(aside, target);
        for (const QString &suffix : kCompanions)
            if (QFileInfo::exists(aside + suffix))
                renameFile(aside + suffix, target + suffix);
        QFile::remove(partial);
        throw notReplaced(QStringLiteral("kopian kunde inte få databasens namn."));
    }
    syncToDisk(QFileInfo(target).absolutePath());
    workspace.open();
    return aside;
}

} // namespace tf
