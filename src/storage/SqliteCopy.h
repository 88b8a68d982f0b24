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

} // namespace tf
