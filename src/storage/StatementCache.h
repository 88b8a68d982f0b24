#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace tf {

// Prepared statements kept per connection, so that a statement the program
// runs again (every view reload, every opened meeting) is not parsed and
// planned again. Used where the dialect keepsStatements() (SQLite). A statement is lent out
// while a Query uses it; a second Query with the same text at the same time prepares its own.
class StatementCache
{
public:
    // An idle prepared statement for sql, if one is kept.
    std::optional<QSqlQuery> take(const QString &sql);
    // Returns a statement after use; it is reset and kept for the next take.
    void give(const QString &sql, QSqlQuery statement);
    // Drops every statement: before the connection closes or reconnects.
    void clear() { m_idle.clear(); }

private:
    // Statements built from many different texts (IN lists of varying
    // length) must not grow the cache without bound.
    static constexpr qsizetype kCapacity = 256;
    QHash<QString, QSqlQuery> m_idle;
};

} // namespace tf
