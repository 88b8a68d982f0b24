#pragma once

#include <QList>
#include <QString>

namespace tf {

// Where the data lives: a local SQLite file (the default) or a shared
// PostgreSQL database named by a postgresql:// URL.
struct ConnectionSpec
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString options; // libpq connect options, e.g. "sslmode=verify-full"
    // PostgreSQL: further servers after host:port, tried in order when the
    // connection opens (libpq's multi-host form, "host1:5432,host2:5433").
    // With target_session_attrs=read-write the one that takes writes wins.
    struct Server
    {
        QString host;
        int port = 5432;
    };
    QList<Server> moreServers;
    // SQLite: the user asked for a new database at this path, so an existing
    // empty file may become one. Otherwise only a missing file is created; an
    // empty one (a copy that failed, a full disk) is refused untouched.
    bool createHere = false;
    // SQLite: open for reading only, as if the file could not be written to
    // (root, for whom no file is read-only, sees what a user would).
    bool readOnly = false;

    // Accepts a file path or postgresql://user:password@host:port/db?opt=v,
    // where host:port may be a comma-separated list of servers.
    // Returns false and sets *error (Swedish) when the text cannot be used.
    static bool parse(const QString &text, ConnectionSpec *spec, QString *error);
    // The SQLite file under QStandardPaths::AppDataLocation.
    static ConnectionSpec defaultLocal();
    // Requires TLS with the server's certificate checked against the CA
    // certificate(s) in caFile (sslmode=verify-full), in place of any sslmode
    // and sslrootcert given before. Returns false and sets *error (Swedish)
    // when the path cannot be passed to the driver.
    bool requireVerifiedTls(const QString &caFile, QString *error);
    // For messages and logs: never includes the password.
    QString displayName() const;
};

} // namespace tf
