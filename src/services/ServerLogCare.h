#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tf {

struct ConnectionSpec;
class Workspace;

// Whether a shared PostgreSQL database keeps the values the program sends
// (notes, personnummer) out of the server's log. See
// docs/postgresql-server.md and storage/ServerLogSettings.h.
struct ServerLogState
{
    bool applies = false; // PostgreSQL; a SQLite file has no server log
    QStringList gaps; // "setting=value it has" for each one missing
    bool careSafe() const { return gaps.isEmpty(); }
};

ServerLogState serverLogState(Workspace &workspace);
// Logs a warning (spdlog) when the open database lacks the settings.
void warnWhenServerLogUnsafe(Workspace &workspace);

struct PreparedServer
{
    QString database; // the server, without a password
    QList<QPair<QString, QString>> settings; // name, value: all that were set
    QStringList changed; // those that had another value before
    // The full-text match may run before the row-level security policies,
    // so a search uses its index (see storage/SearchMatchLeakproof.h).
    bool searchMatchLeakproof = false;
};

// Makes the per-database log settings on the database of `spec`, and marks
// its full-text match functions leakproof, without touching its tables: run
// once by the server's superuser (again after a restore from pg_dump, which
// does not carry the marks); running it again changes nothing. Throws StorageError in Swedish
// (Refused without the right).
PreparedServer prepareServer(const ConnectionSpec &spec);

} // namespace tf
