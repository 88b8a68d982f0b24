#pragma once

#include "storage/ConnectionSpec.h"
#include "storage/Dialect.h"

#include <QSet>
#include <QSqlDatabase>

#include <memory>

struct pg_conn; // libpq's PGconn

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
    // With several servers (ConnectionSpec::moreServers) it takes the first
    // that answers as target_session_attrs asks, so after a failover the
    // promoted standby. Throws StorageError when no server answers.
    void reconnect();
    // PostgreSQL: the server is gone (restart, pg_terminate_backend, network)
    // as far as the client library knows. Asks no server; false on SQLite.
    bool isConnectionLost() const;
    // libpq's connection under Qt's driver (PostgreSQL only, else null).
    pg_conn *postgresHandle() const;
    // PostgreSQL: the server process of this session, as notifications
    // name their sender (0 on SQLite and when not connected).
    int backendPid() const;
    // After a kept statement was given back: reads what is left of its
    // result, so the connection is idle again (PostgreSQL; see Query).
    void settleAfterStatement();
    // Counts the times the connection was opened again, so a watcher sees a
    // reconnect it did not make itself.
    quint64 reconnectCount() const { return m_reconnects; }
    // The engine's error as a StorageError: translated by the dialect, and
    // Kind::ConnectionLost whenever the connection is gone, whatever the
    // driver called it (libpq's own errors carry no SQLSTATE).
    StorageError failure(const QSqlError &error, const QString &what) const;
    StorageError failure(const StorageError &translated) const;

    // How long a statement of this session may wait for a lock held by
    // another client and may run at all (PostgreSQL; 0 = no limit, the
    // default, for the command line's long runs). Kept across reconnects.
    struct WaitLimits
    {
        int lockTimeoutMs = 0;
        int statementTimeoutMs = 0;
    };
    void setWaitLimits(const WaitLimits &limits);
    WaitLimits waitLimits() const { return m_waitLimits; }
    // PostgreSQL: the schema the connection works in, read with the
    // session's settings (empty on SQLite).
    QString currentSchema() const { return m_currentSchema; }
    // Called once the database is known to be Teamforum's (see Migrator).
    void prepareForWriting();
    // SQLite: room for 256 MiB of pages in this connection's cache, for a
    // bulk load (the generator) whose transactions would otherwise spill
    // their pages to the log and read them back. Nothing on PostgreSQL.
    void enlargeCacheForBulkLoad();

    QSqlDatabase &connection() { return m_db; }
    // The prepared statements kept for this connection (used by Query).
    StatementCache &statements() { return *m_statements; }
    const Dialect &dialect() const { return *m_dialect; }
    const ConnectionSpec &spec() const { return m_spec; }
    bool isReadOnly() const { return m_readOnly; }
    bool isPostgres() const { return m_spec.engine == ConnectionSpec::Engine::Postgres; }
    // How many Transaction objects are open on this connection (see Transaction).
    int &transactionDepth() { return m_transactionDepth; }
    // Set when a step that joined the open transaction failed (see
    // Transaction::Nesting::Join): the transaction may then not commit.
    bool &joinedStepFailed() { return m_joinedStepFailed; }
    // Set while a Transaction that begins with its first statement has not
    // sent one yet: Query and ReadBatch then send BEGIN in front of it.
    bool &beginPending() { return m_beginPending; }
    // PostgreSQL, inside a transaction: a statement whose result nobody
    // reads (a change's change-log row), sent in front of the next
    // statement or with COMMIT instead of in a round trip of its own. A
    // failure shows at that statement and fails the change.
    void sendWithNext(const QString &statement) { m_sendWithNext << statement; }
    // What goes in front of the next statement: BEGIN when pending, then the
    // statements kept by sendWithNext, each with one result to pass over.
    QStringList takeSendFirst();
    // A rollback: what was kept is not sent.
    void dropSendWithNext() { m_sendWithNext.clear(); }
    bool hasSendWithNext() const { return !m_sendWithNext.isEmpty(); }
    // PostgreSQL: the names of the statements prepared on the server in this
    // session (see Query::Planning); forgotten with the session.
    QSet<QString> &preparedOnServer() { return m_preparedOnServer; }

private:
    void openSqlite();
    void openPostgres();
    void configurePostgresSession();
    // Qt's connect options: the spec's own, a port list for several servers,
    // and defaults for the connect timeout and keepalives.
    QString postgresConnectOptions(int defaultConnectTimeout) const;
    StorageError connectionFailed() const;

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<StatementCache> m_statements;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_joinedStepFailed = false;
    bool m_beginPending = false;
    QStringList m_sendWithNext;
    QSet<QString> m_preparedOnServer;
    quint64 m_reconnects = 0;
    WaitLimits m_waitLimits;
    QString m_currentSchema;
};

// Whether a path lies on a filesystem where SQLite's WAL cannot work safely.
bool isNetworkFilesystem(const QString &path);
// The same decided on the filesystem's type as Linux names it ("nfs4",
// "cifs", "fuse.sshfs", "ext4"), as QStorageInfo::fileSystemType gives it.
bool isNetworkFilesystemType(const QByteArray &type);
// What opening a database file on such a filesystem is refused with.
StorageError networkFilesystemRefusal();
// An error met while a SQLite file is opened and set up, said as a full
// disk when the disk it lies on has no room: SQLite cannot make its -wal and
// -shm files there and calls that an I/O error, or words SQLITE_FULL for a
// save. Any other error is returned as it is.
StorageError sqliteStartFailure(const StorageError &error, const QString &path);

} // namespace tf
