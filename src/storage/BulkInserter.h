#pragma once

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tf {

class Database;

// Inserts many rows into one table through a single prepared statement, for
// data generation and imports. The caller wraps the rows in a Transaction.
// Table and column names come from code, never from users.
class BulkInserter
{
public:
    BulkInserter(
        Database &db, const QString &table, const QStringList &columns, bool returningId = false);

    // Binds the values in column order and runs the insert. Returns the new
    // id when constructed with returningId, else 0.
    qint64 insert(const QVariantList &values);
    qint64 rowsInserted() const { return m_rows; }

private:
    Database &m_db;
    QSqlQuery m_query;
    int m_columns;
    bool m_returningId;
    qint64 m_rows = 0;
};

} // namespace tf
