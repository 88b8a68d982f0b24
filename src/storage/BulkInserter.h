#pragma once

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace tf {

class Database;

// Inserts many rows into one table, for data generation and imports. The
// caller wraps the rows in a Transaction and calls flush() before it
// commits. Table and column names come from code, never from users.
//
// SQLite: one prepared statement, run for each row as it comes. PostgreSQL:
// rows are kept back and written many to a statement (one round trip for
// hundreds of rows), and new ids are taken from the table's sequence in
// blocks, so a row's id is known before the row is written.
class BulkInserter
{
public:
    BulkInserter(
        Database &db, const QString &table, const QStringList &columns, bool returningId = false);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Takes the values in column order. Returns the new row's id when
    // constructed with returningId, else 0.
    qint64 insert(const QVariantList &values);
    // This table's rows refer to `parent`'s (a foreign key, or a trigger
    // that looks at them): the parent's kept rows are written first.
    void after(BulkInserter &parent);
    // Writes the rows kept back, the parents' first.
    void flush();
    qint64 rowsInserted() const { return m_rows; }

private:
    qint64 nextId();
    void writeKept();
    QSqlQuery &statementFor(int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns; // as written: "id" first when the ids are taken here
    bool m_returningId;
    bool m_batched;
    int m_batchRows = 1;
    qint64 m_rows = 0;
    std::unique_ptr<QSqlQuery> m_single; // SQLite
    std::unique_ptr<QSqlQuery> m_full; // PostgreSQL, m_batchRows rows
    QVariantList m_kept;
    QList<qint64> m_freeIds;
    QList<BulkInserter *> m_parents;
};

} // namespace tf
