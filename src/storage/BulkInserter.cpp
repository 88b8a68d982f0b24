#include "storage/BulkInserter.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlError>

namespace tf {

BulkInserter::BulkInserter(
    Database &db, const QString &table, const QStringList &columns, bool returningId)
    : m_db(db)
    , m_query(db.connection())
    , m_columns(static_cast<int>(columns.size()))
    , m_returningId(returningId)
{
    QStringList marks;
    for (int i = 0; i < m_columns; ++i)
        marks << QStringLiteral("?");
    QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (returningId)
        sql += QStringLiteral(" RETURNING id");
    if (!m_query.prepare(sql))
        throw db.dialect().translate(
            m_query.lastError(), QStringLiteral("En databasfråga kunde inte förberedas."));
}

qint64 BulkInserter::insert(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns);
    for (int i = 0; i < m_columns; ++i)
        m_query.bindValue(i, bindable(values.at(i)));
    if (!m_query.exec())
        throw m_db.dialect().translate(
            m_query.lastError(), QStringLiteral("Databasen kunde inte uppdateras."));
    ++m_rows;
    if (!m_returningId)
        return 0;
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish();
    return id;
}

} // namespace tf
