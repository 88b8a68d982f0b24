#include "storage/Dialect.h"

#include "storage/EngineMessages.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace tf {

namespace {

void execOrThrow(QSqlDatabase &db, const Dialect &dialect, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw dialect.translate(query.lastError(), QStringLiteral("Databasen kunde inte läsas."));
}

class SqliteDialect : public Dialect
{
public:
    QString engineName() const override { return QStringLiteral("SQLite"); }
    QString autoIdColumn() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }

    void configureConnection(QSqlDatabase &db) const override
    {
        // Committed work survives a crash and a power loss; deleted text does
        // not linger in free pages. See docs/architecture.md, "Storage".
        const char *pragmas[] = {
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
            "PRAGMA trusted_schema = OFF",
            "PRAGMA busy_timeout = 5000",
        };
        for (const char *pragma : pragmas)
            execOrThrow(db, *this, QString::fromLatin1(pragma));
    }

    void probe(QSqlDatabase &db) const override
    {
        // open() succeeds on any file; the first read tells garbage apart.
        execOrThrow(db, *this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        // A full quick_check reads the whole file (seconds on a ten-year
        // database), so start-up only checks that no page is missing at the
        // end; `teamforum-cli check` runs the full integrity check.
        if (isTruncated(db))
            throw StorageError(StorageError::Kind::Corrupt,
                QStringLiteral("Databasfilen är ofullständig (avkortad) och kan "
                               "inte öppnas."));
    }

    QStringList userTables(QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
            throw translate(query.lastError(), QStringLiteral("Tabellerna kunde inte läsas."));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        return tables;
    }

    void beginWrite(QSqlDatabase &db) const override
    {
        // A deferred transaction that reads first can fail with
        // SQLITE_BUSY_SNAPSHOT despite the busy timeout; IMMEDIATE cannot.
        execOrThrow(db, *this, QStringLiteral("BEGIN IMMEDIATE"));
    }
    void commit(QSqlDatabase &db) const override
    {
        execOrThrow(db, *this, QStringLiteral("COMMIT"));
    }
    void rollback(QSqlDatabase &db) const override
    {
        // After disk-full SQLite has already rolled back; a failing ROLLBACK
        // is then expected and harmless.
        QSqlQuery query(db);
        query.exec(QStringLiteral("ROLLBACK"));
    }

    QStringList integrityProblems(QSqlDatabase &db) const override
    {
        return checkPragma(db, QStringLiteral("PRAGMA integrity_check"));
    }

    QString currentLogin(QSqlDatabase &) const override { return {}; }
    QString serialAppendLock() const override { return {}; }
    // Parsing a statement against the schema costs about as much as reading
    // a meeting's rows.
    bool keepsStatements() const override { return true; }

    StorageError translate(const QSqlError &error, const QString &what) const override
    {
        return sqliteError(error, what);
    }

private:
    static qint64 pragmaValue(QSqlDatabase &db, const QString &pragma)
    {
        QSqlQuery query(db);
        return query.exec(pragma) && query.next() ? query.value(0).toLongLong() : 0;
    }

    // Pages committed to the main file must all be there. While a WAL holds
    // pages not yet copied back, the file may legitimately be shorter.
    static bool isTruncated(QSqlDatabase &db)
    {
        const QString name = db.databaseName();
        // A read-only database may be opened by URI (see Database::openSqlite).
        const QString path
            = name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return false;
        const qint64 expected = pragmaValue(db, QStringLiteral("PRAGMA page_count"))
            * pragmaValue(db, QStringLiteral("PRAGMA page_size"));
        return QFileInfo(path).size() < expected;
    }

    QStringList checkPragma(QSqlDatabase &db, const QString &pragma) const
    {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            throw translate(query.lastError(), QStringLiteral("Kontrollen kunde inte köras."));
        QStringList problems;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        return problems;
    }
};

class PostgresDialect : public Dialect
{
public:
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    QString autoIdColumn() const override
    {
        return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    }

    void configureConnection(QSqlDatabase &db) const override
    {
        execOrThrow(db, *this, sessionSettings());
    }
    // One round trip for all three (a plain statement may hold several).
    // jit: the program's statements are short; the row-level security
    // policies make their estimated cost high enough for the server to
    // compile them to machine code first, which took 200 ms a statement.
    // max_parallel_workers_per_gather: for the same reason the server
    // started worker processes for parts of a statement that read a few rows
    // or none (a search's walk for a word it then found rare: 20-40 ms each);
    // the server's cores serve the many users, not one statement.
    QString sessionSettings() const override
    {
        return QStringLiteral("SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                              "SET jit = off; SET max_parallel_workers_per_gather = 0");
    }

    void probe(QSqlDatabase &db) const override
    {
        execOrThrow(db, *this, QStringLiteral("SELECT 1"));
    }

    QStringList userTables(QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() "
                                       "AND table_type = 'BASE TABLE'")))
            throw translate(query.lastError(), QStringLiteral("Tabellerna kunde inte läsas."));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        return tables;
    }

    void beginWrite(QSqlDatabase &db) const override
    {
        if (!db.transaction())
            throw translate(db.lastError(), QStringLiteral("Ändringen kunde inte påbörjas."));
    }
    void commit(QSqlDatabase &db) const override
    {
        if (!db.commit())
            throw translate(db.lastError(), QStringLiteral("Ändringen kunde inte sparas."));
    }
    void rollback(QSqlDatabase &db) const override { db.rollback(); }

    // PostgreSQL has no integrity_check; reading every row of every table
    // makes the server verify each heap page it touches.
    QStringList integrityProblems(QSqlDatabase &db) const override
    {
        QStringList problems;
        const QStringList tables = userTables(db);
        for (const QString &table : tables) {
            QSqlQuery query(db);
            const QString sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table);
            if (!query.exec(sql))
                problems << QStringLiteral("%1: %2").arg(table, query.lastError().text());
        }
        return problems;
    }

    // Not kept: Qt's driver sends a prepared statement's first use as two
    // round trips (PREPARE, then EXECUTE with the values written as
    // literals). A statement is sent as one simple query with the same
    // literals instead (Query, withValuesInline): one round trip every time.
    // Over a town's network the round trip costs far more than the server's
    // planning. Database::settleAfterStatement keeps the change
    // notifications flowing after a read finished early.
    bool keepsStatements() const override { return false; }
    // Held until commit or rollback; one lock per table and schema.
    QString serialAppendLock() const override
    {
        return QStringLiteral(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.' || ?))");
    }
    QString currentLogin(QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
        return {};
    }

    StorageError translate(const QSqlError &error, const QString &what) const override
    {
        return postgresError(error, what);
    }
};

} // namespace

std::unique_ptr<Dialect> Dialect::forDriver(const QString &driverName)
{
    if (driverName == QLatin1String("QPSQL"))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace tf
