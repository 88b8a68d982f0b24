#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace tf {

class StorageError;
class Workspace;

// A backup that passed the check, and when it was made.
struct GoodBackup
{
    QString path;
    QDateTime made;
};

// Whether the failure to open the workspace says its SQLite file is damaged
// (pages that do not read, a header that is not SQLite's, zero bytes), so
// that a backup may take its place. A foreign database, a newer schema, a
// full disk or a PostgreSQL database are not damage.
bool isDamagedDatabase(Workspace &workspace, const StorageError &openFailure);

// The newest of the automatic backups of the workspace's SQLite file that
// passes the check of `teamforum-cli check`; nothing when none does. The
// workspace need not be open.
std::optional<GoodBackup> newestGoodBackup(Workspace &workspace);
// The folder those backups are in.
QString backupFolder(Workspace &workspace);
// The folder the workspace's SQLite file is in.
QString databaseFolder(Workspace &workspace);

// Puts a checked copy of the backup at backupPath in the place of the
// workspace's damaged SQLite file and opens the workspace on it. The damaged
// file (with its -wal, -shm or -journal) is kept beside it, renamed, never
// removed. Returns the path it was kept as. Throws StorageError (Swedish)
// and leaves the damaged file where it was when the backup fails the check
// or cannot be copied.
QString replaceDamagedDatabase(Workspace &workspace, const QString &backupPath);

} // namespace tf
