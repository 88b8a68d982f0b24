#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tf {

class Database;
class Workspace;

struct BackupFile
{
    QString path;
    qint64 bytes = 0;
};

// Backups of the local SQLite database. Each is a copy SQLite makes of a
// consistent moment, written beside its final name, synced to disk, opened
// and checked as `teamforum-cli check` would, and only then put in place:
// an older backup is never replaced by a broken one. Backups are readable by
// their owner only. A shared PostgreSQL database is backed up on its server.
class Backups
{
public:
    // Copies through the workspace's connection.
    explicit Backups(Workspace &workspace);
    // Opens a connection of its own to the SQLite file, so the copy can be
    // made on a thread of its own while the program goes on. Throws
    // StorageError when the file cannot be opened.
    explicit Backups(const QString &databasePath);
    ~Backups();

    // A checked backup at path (replacing a file there only once the new one
    // is whole). Throws StorageError with a Swedish message.
    BackupFile writeTo(const QString &path);

    // Replaces the database's content with the backup at path, once the
    // backup has passed the same check. Other programs on the database read
    // the restored data from then on. Throws StorageError (Swedish) and
    // leaves the database as it was when the file is not a whole Teamforum
    // database of this version, or when another program is writing.
    void restoreFrom(const QString &path);

    // The automatic backup of the day in dailyFolder() ("teamforum-ÅÅÅÅ-MM-DD.sqlite"
    // for teamforum.sqlite), unless it exists already; then only the newest
    // `keep` automatic backups stay. Returns the new backup, or nothing when
    // today's existed.
    std::optional<BackupFile> daily(int keep, const QDate &today);

    // How many automatic backups are kept: the setting backup/daysKept (14).
    static int daysKeptSetting();

    // "Säkerhetskopior" beside the database file.
    QString dailyFolder() const;
    // The database's automatic backups, newest first.
    QStringList dailyBackups() const;

    // The same for the SQLite file at databasePath, without opening it (it
    // may be damaged).
    static QString dailyFolderOf(const QString &databasePath);
    static QStringList dailyBackupsOf(const QString &databasePath);

private:
    std::unique_ptr<Database> m_ownConnection;
    Database &m_db;
};

} // namespace tf
