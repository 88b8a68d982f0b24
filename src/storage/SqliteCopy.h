#pragma once

#include <QStringList>

namespace tf {

class Database;

// Writes a consistent copy of the open SQLite database to path, which must
// not exist yet. SQLite makes it (VACUUM INTO) inside one read transaction,
// so the copy never holds half a write; copying the file could. The copy is
// not synced: the caller syncs it before relying on it. Throws StorageError.
void vacuumInto(Database &db, const QString &path);

// Opens the SQLite file at path on a connection of its own and says what is
// wrong with it as a Teamforum database of this version: not one at all,
// another schema version, a failed integrity check. Empty when it is whole.
// The file is only read.
QStringList problemsOfSqliteFile(const QString &path);

// Replaces everything in the open SQLite database with the content of the
// SQLite file at sourcePath, through SQLite's online backup: one write
// transaction, so other connections read either the old or the restored
// data, never a mix. Check the source first (problemsOfSqliteFile). Throws
// StorageError, in Swedish, when another program is writing.
void restoreInto(Database &db, const QString &sourcePath);

} // namespace tf
