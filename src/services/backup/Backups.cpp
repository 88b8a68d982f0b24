#include "services/backup/Backups.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/SqliteCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace tf {

namespace {
const QString kSuffix = QStringLiteral(".sqlite");

StorageError backupFailed(const QString &path, const QString &why)
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("Säkerhetskopian %1 kunde inte skrivas: %2").arg(path, why));
}
} // namespace

Backups::Backups(Workspace &workspace)
    : m_db(workspace.database())
{ }

namespace {
std::unique_ptr<Database> openedConnection(const QString &databasePath)
{
    ConnectionSpec spec;
    spec.path = databasePath;
    auto db = std::make_unique<Database>(spec);
    db->open();
    return db;
}
} // namespace

Backups::Backups(const QString &databasePath)
    : m_ownConnection(openedConnection(databasePath))
    , m_db(*m_ownConnection)
{ }

Backups::~Backups() = default;

BackupFile Backups::writeTo(const QString &path)
{
    const QFileInfo target(path);
    if (target.isDir())
        throw backupFailed(path, QStringLiteral("det är en mapp."));
    if (!QDir().mkpath(target.absolutePath()))
        throw backupFailed(path, QStringLiteral("mappen kunde inte skapas."));
    // Beside the final name, so the rename below stays on one filesystem.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".ofullständig");
    QFile::remove(partial);
    try {
        vacuumInto(m_db, partial);
        makePrivate(partial);
        if (!syncToDisk(partial))
            throw backupFailed(path, QStringLiteral("den kunde inte sparas till disken."));
        const QStringList problems = problemsOfSqliteFile(partial);
        if (!problems.isEmpty())
            throw backupFailed(path,
                QStringLiteral("kopian klarade inte kontrollen (%1).")
                    .arg(problems.join(QStringLiteral("; "))));
        if (std::rename(QFile::encodeName(partial).constData(),
                QFile::encodeName(target.absoluteFilePath()).constData())
            != 0)
            throw backupFailed(path, QStringLiteral("den kunde inte få sitt namn."));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    syncToDisk(target.absolutePath()); // the rename itself
    return {target.absoluteFilePath(), QFileInfo(target.absoluteFilePath()).size()};
}

void Backups::restoreFrom(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Säkerhetskopian %1 finns inte. Databasen är som förut.").arg(path));
    const QStringList problems = problemsOfSqliteFile(path);
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::NotADatabase,
            QStringLiteral("%1 kan inte läsas tillbaka: %2 Databasen är som förut.")
                .arg(path, problems.join(QLatin1Char(' '))));
    restoreInto(m_db, path);
}

namespace {
QString dailyPrefixOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName() + QStringLiteral("-");
}
} // namespace

QString Backups::dailyFolderOf(const QString &databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QStringLiteral("Säkerhetskopior"));
}

QString Backups::dailyFolder() const
{
    return dailyFolderOf(m_db.spec().path);
}

int Backups::daysKeptSetting()
{
    return QSettings().value(QStringLiteral("backup/daysKept"), 14).toInt();
}

std::optional<BackupFile> Backups::daily(int keep, const QDate &today)
{
    const QString path
        = QDir(dailyFolder())
              .filePath(dailyPrefixOf(m_db.spec().path) + today.toString(Qt::ISODate) + kSuffix);
    if (QFileInfo::exists(path))
        return std::nullopt;
    QDir().mkpath(dailyFolder());
    makePrivate(dailyFolder());
    const BackupFile made = writeTo(path);
    const QStringList all = dailyBackups();
    for (qsizetype i = qMax(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return made;
}

QStringList Backups::dailyBackups() const
{
    return dailyBackupsOf(m_db.spec().path);
}

QStringList Backups::dailyBackupsOf(const QString &databasePath)
{
    const QDir dir(dailyFolderOf(databasePath));
    QStringList paths;
    // The ISO date in the name sorts them by day; newest first.
    for (const QString &name : dir.entryList(
             {dailyPrefixOf(databasePath) + QStringLiteral("\?\?\?\?-\?\?-\?\?") + kSuffix},
             QDir::Files, QDir::Name | QDir::Reversed))
        paths << dir.filePath(name);
    return paths;
}

} // namespace tf
