#pragma once

#include "domain/StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace tf {

// Everything that differs between SQLite and PostgreSQL lives behind this
// interface, in Dialect.cpp; repositories write the portable SQL around it.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString engineName() const = 0;
    // Replaces ${ID} in migrations: an auto-increment primary key.
    virtual QString autoIdColumn() const = 0;
    // Session settings applied right after the connection opens.
    virtual void configureConnection(QSqlDatabase &db) const = 0;
    // The same as one text of statements, where the engine takes several in
    // one round trip (PostgreSQL), else empty.
    virtual QString sessionSettings() const { return {}; }
    // Fails fast on a file that is not a database or is damaged.
    virtual void probe(QSqlDatabase &db) const = 0;
    virtual QStringList userTables(QSqlDatabase &db) const = 0;
    // Starts a write transaction that takes the write lock at once.
    virtual void beginWrite(QSqlDatabase &db) const = 0;
    virtual void commit(QSqlDatabase &db) const = 0;
    virtual void rollback(QSqlDatabase &db) const = 0;
    // Returns the problems found; an empty list means the check passed.
    virtual QStringList integrityProblems(QSqlDatabase &db) const = 0;
    // The name of the logged-in database user (PostgreSQL) or empty.
    virtual QString currentLogin(QSqlDatabase &db) const = 0;
    // A statement that makes appends to one table serial for the rest of the
    // write transaction (a hash chain needs its previous link), or empty when
    // write transactions already are (SQLite: BEGIN IMMEDIATE). Its one value
    // to bind is the table name.
    virtual QString serialAppendLock() const = 0;
    // Whether prepared statements are kept for reuse (see StatementCache);
    // otherwise each statement goes with its values inline (see Query).
    virtual bool keepsStatements() const = 0;

    // Maps an engine error to a Swedish message and a kind the code can act on.
    virtual StorageError translate(const QSqlError &error, const QString &what) const = 0;

    static std::unique_ptr<Dialect> forDriver(const QString &driverName);
};

} // namespace tf
