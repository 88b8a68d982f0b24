#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace tf {

class Database;

// A prepared statement with bound values that throws StorageError on failure,
// so repositories read as plain SQL and never forget to check a result.
class Query
{
public:
    // How a statement is planned on PostgreSQL. On SQLite every statement is
    // prepared once per connection and kept for the next Query with the same
    // text (see StatementCache).
    enum class Planning {
        // Sent as one statement with its values in it, one round trip (see
        // Dialect::keepsStatements), and planned for them.
        EachRun,
        // Prepared on the server with its first run on the connection, in the
        // same round trip, then run by name with its values under one plan
        // for any values. For a long statement whose planning costs more
        // than its run and whose plan's shape its text decides (the search).
        OncePerConnection,
    };
    Query(Database &db, const QString &sql, Planning planning = Planning::EachRun);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QVariant &value);
    // Each value in turn (the values of an SqlPart).
    Query &bindAll(const QVariantList &values);
    Query &bindId(qint64 id); // 0 becomes NULL
    Query &bindDate(const QDate &date); // invalid becomes NULL
    Query &bindTime(const QDateTime &utc); // stored as ISO 8601 UTC text
    Query &bindBool(bool value) { return bind(value ? 1 : 0); }

    void exec();
    // PostgreSQL inside a transaction: sent in front of the next statement
    // or with COMMIT (Database::sendWithNext), for a write whose result
    // nobody reads.
    void sendWithNext();
    // The next row; false after the last. A failure while reading (a damaged
    // page, a lost connection) throws instead of looking like the end.
    bool next();
    QVariant value(int column) const
    {
        return m_rows ? m_rows->at(m_row).value(column) : m_query.value(column);
    }
    QString text(int column) const { return value(column).toString(); }
    qint64 id(int column) const { return value(column).toLongLong(); }
    int integer(int column) const { return value(column).toInt(); }
    bool boolean(int column) const { return value(column).toInt() != 0; }
    QDate date(int column) const;
    QDateTime time(int column) const;
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Runs the statement and returns the first column of the first row
    // (used with INSERT … RETURNING id).
    qint64 execReturningId();
    // Runs the statement with `then` after it in the same round trip on
    // PostgreSQL (a COMMIT), the statement's own rows unread; throws when
    // either fails. On SQLite runs the statement, then `then`.
    void execThen(const QString &then);
    // PostgreSQL: the plan of this statement with its bound values, run as
    // exec() runs it, with what each step read (EXPLAIN ANALYZE); its lines.
    QStringList explainAnalyze();

private:
    friend class ReadBatch;
    bool runsInline() const;
    bool run(const QString &after = {});
    // The statements run() sends for this one; the last gives its rows.
    QStringList statementsToSend();
    // After a failed run of a statement planned once per connection: true
    // when the server had not or had already prepared it, unlike what the
    // connection knew, which now knows; it may then run again.
    bool preparedStatementMended();
    // The statement as sent on PostgreSQL: its values written in.
    QString inlineText();
    // The rows of a result read by ReadBatch, kept for next() and value().
    void keepRows(QSqlQuery &result);

    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_values; // bound values of a statement sent inline
    Planning m_planning;
    QString m_preparing; // the name a PREPARE in the statements being sent makes
    bool m_explain = false;
    std::optional<QList<QVariantList>> m_rows; // kept by ReadBatch
    qsizetype m_row = -1;
};

// sql with each ? outside a quoted literal replaced by the next value as the
// driver writes it as a literal (escaped by the driver, NULL for a null).
// The same markers and literals Qt's PostgreSQL driver writes into its
// PREPARE and EXECUTE. Throws when the count of values does not match.
QString withValuesInline(const QSqlDriver &driver, const QString &sql, const QVariantList &values);

// Runs schema DDL, which PostgreSQL cannot prepare. Takes no values: every
// statement that carries data goes through Query and its bound values.
void execSchemaStatement(Database &db, const QString &sql);

// The value as it should be bound: a null QString becomes '' (text columns
// hold '' rather than NULL); a typed null stays NULL.
QVariant bindable(const QVariant &value);

// "?,?,?" for an IN list of count bound values (count > 0).
QString parameterMarks(qsizetype count);

QString utcText(const QDateTime &time);
QString nowUtcText();

} // namespace tf
