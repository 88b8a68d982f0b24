#pragma once

#include "storage/Query.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <stdexcept>

namespace tf {
class Database;
}

namespace tf::bench {

// A floor that does not hold: a statement failed or gave other rows than the
// program read. The benchmark stops with its message rather than print a
// ratio against a floor that did less work.
class FloorFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The floors' plain statements under the program's own preparation policy
// (Dialect::keepsStatements): each text prepared once per connection and
// kept on SQLite, sent with its values inline on PostgreSQL. Only the
// statement layer is shared with the program; what is read is the floor's.
class RawStatements
{
public:
    explicit RawStatements(Database &db);

    // Runs sql and returns how many rows it gave; throws FloorFailure when
    // the statement fails.
    int rows(const QString &sql, const QVariantList &values = {});
    // The same, returning the rows' first column.
    QVariantList firstColumn(const QString &sql, const QVariantList &values = {});
    // The same, returning each row's first `columns` columns, under the
    // planning asked for: on PostgreSQL a statement planned once per
    // connection goes through the program's statement layer (Query), as the
    // program's search does.
    QList<QVariantList> table(const QString &sql, const QVariantList &values, int columns,
        Query::Planning planning = Query::Planning::EachRun);

private:
    QSqlQuery &run(const QString &sql, const QVariantList &values);
    // Runs sql and hands each row to readRow; throws FloorFailure when the
    // statement fails or fails while reading.
    void readEach(const QString &sql, const QVariantList &values,
        const std::function<void(const QSqlQuery &)> &readRow);

    Database &m_db;
    QHash<QString, QSqlQuery> m_kept;
};

// Throws FloorFailure saying what differs when found != expected.
void expectRows(const char *what, qsizetype found, qsizetype expected);

} // namespace tf::bench
