#pragma once

#include "storage/ConnectionSpec.h"
#include "storage/Dialect.h"

#include <QSqlDatabase>

#include <memory>

namespace tf {

class StatementCache;

// One open connection to the store, owned by the thread that opened it.
// open() refuses what Teamforum must not write to: a file that is not a
// database, a damaged file, a database on a network filesystem.
class Database
{
public:
    explicit Database(const ConnectionSpec &spec);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws StorageError with a Swedish message.
    void open();
    void close();
    // Opens the same connection again after the server dropped it (PostgreSQL).
    // Its notification subscriptions are gone; ChangeFeed renews its own.
    void reconnect();
    // Called once the database is known to be Teamforum's (see Migrator).
    void prepareForWriting();

    QSqlDatabase &connection() { return m_db; }
    // The prepared statements kept for this connection (used by Query).
    StatementCache &statements() { return *m_statements; }
    const Dialect &dialect() const { return *m_dialect; }
    const ConnectionSpec &spec() const { return m_spec; }
    bool isReadOnly() const { return m_readOnly; }
    bool isPostgres() const { return m_spec.engine == ConnectionSpec::Engine::Postgres; }
    // How many Transaction objects are open on this connection (see Transaction).
    int &transactionDepth() { return m_transactionDepth; }

private:
    void openSqlite();
    void openPostgres();
    StorageError connectionFailed() const;

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<StatementCache> m_statements;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

// Whether a path lies on a filesystem where SQLite's WAL cannot work safely.
bool isNetworkFilesystem(const QString &path);

} // namespace tf
