#pragma once

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

    // Accepts a file path or postgresql://user:password@host:port/db?opt=v.
    // Returns false and sets *error (Swedish) when the text cannot be used.
    static bool parse(const QString &text, ConnectionSpec *spec, QString *error);
    // The SQLite file under QStandardPaths::AppDataLocation.
    static ConnectionSpec defaultLocal();
    // For messages and logs: never includes the password.
    QString displayName() const;
};

} // namespace tf
