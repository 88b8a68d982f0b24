#include "storage/BulkInserter.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"

#include <QSqlError>

#include <algorithm>
#include <functional>

namespace tf {

namespace {
// Rows per statement on PostgreSQL: many, but under the protocol's 65,535
// parameters and a statement text of a few hundred kilobytes.
constexpr int kMaxRowsPerStatement = 1000;
constexpr int kMaxValuesPerStatement = 20000;
// Ids taken from a sequence at a time.
constexpr int kIdBlock = 1000;

QString insertSql(const QString &table, const QStringList &columns, int rows, bool returningId)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
              .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (returningId)
        sql += QStringLiteral(" RETURNING id");
    return sql;
}
} // namespace

BulkInserter::BulkInserter(
    Database &db, const QString &table, const QStringList &columns, bool returningId)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_returningId(returningId)
    , m_batched(db.isPostgres())
{
    if (!m_batched) {
        m_single = std::make_unique<QSqlQuery>(db.connection());
        if (!m_single->prepare(insertSql(table, columns, 1, returningId)))
            throw db.dialect().translate(
                m_single->lastError(), QStringLiteral("En databasfråga kunde inte förberedas."));
        return;
    }
    if (returningId)
        m_columns.prepend(QStringLiteral("id"));
    const int perRow = static_cast<int>(m_columns.size());
    m_batchRows = qBound(1, kMaxValuesPerStatement / perRow, kMaxRowsPerStatement);
}

BulkInserter::~BulkInserter()
{
    // Rows still kept here were never written: the caller's transaction,
    // not committed without flush(), rolls the rest back.
    Q_ASSERT(m_kept.isEmpty() || !m_db.isPostgres());
}

void BulkInserter::after(BulkInserter &parent)
{
    m_parents << &parent;
}

qint64 BulkInserter::insert(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size() - (m_batched && m_returningId ? 1 : 0));
    if (!m_batched) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_single->bindValue(static_cast<int>(i), bindable(values.at(i)));
        if (!m_single->exec())
            throw m_db.dialect().translate(
                m_single->lastError(), QStringLiteral("Databasen kunde inte uppdateras."));
        ++m_rows;
        if (!m_returningId)
            return 0;
        const qint64 id = m_single->next() ? m_single->value(0).toLongLong() : 0;
        m_single->finish();
        return id;
    }
    qint64 id = 0;
    if (m_returningId) {
        id = nextId();
        m_kept << id;
    }
    for (const QVariant &value : values)
        m_kept << bindable(value);
    ++m_rows;
    if (m_kept.size() >= static_cast<qsizetype>(m_batchRows) * m_columns.size())
        flush();
    return id;
}

void BulkInserter::flush()
{
    for (BulkInserter *parent : std::as_const(m_parents))
        parent->flush();
    writeKept();
}

qint64 BulkInserter::nextId()
{
    if (m_freeIds.isEmpty()) {
        QSqlQuery ids(m_db.connection());
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) "
                                     "FROM generate_series(1, %2)")
                          .arg(m_table)
                          .arg(kIdBlock)))
            throw m_db.dialect().translate(
                ids.lastError(), QStringLiteral("Databasen kunde inte uppdateras."));
        while (ids.next())
            m_freeIds << ids.value(0).toLongLong();
        std::sort(m_freeIds.begin(), m_freeIds.end(), std::greater<>());
    }
    return m_freeIds.takeLast();
}

QSqlQuery &BulkInserter::statementFor(int rows)
{
    if (rows == m_batchRows && m_full)
        return *m_full;
    auto query = std::make_unique<QSqlQuery>(m_db.connection());
    if (!query->prepare(insertSql(m_table, m_columns, rows, false)))
        throw m_db.dialect().translate(
            query->lastError(), QStringLiteral("En databasfråga kunde inte förberedas."));
    if (rows == m_batchRows) {
        m_full = std::move(query);
        return *m_full;
    }
    m_single = std::move(query); // a last, shorter statement
    return *m_single;
}

void BulkInserter::writeKept()
{
    if (!m_batched || m_kept.isEmpty())
        return;
    const int rows = static_cast<int>(m_kept.size() / m_columns.size());
    QSqlQuery &query = statementFor(rows);
    for (qsizetype i = 0; i < m_kept.size(); ++i)
        query.bindValue(static_cast<int>(i), m_kept.at(i));
    m_kept.clear();
    if (!query.exec())
        throw m_db.dialect().translate(
            query.lastError(), QStringLiteral("Databasen kunde inte uppdateras."));
    query.finish();
}

} // namespace tf
