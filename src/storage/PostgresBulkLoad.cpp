#include "storage/PostgresBulkLoad.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

PostgresBulkLoad::PostgresBulkLoad(Database &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{
    if (!db.isPostgres())
        return;
    execSchemaStatement(db, QStringLiteral("SET synchronous_commit = off"));
    Query indexes(db,
        QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                       "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                       "WHERE t.relnamespace = (SELECT oid FROM pg_namespace "
                       "WHERE nspname = current_schema()) "
                       "AND t.relname IN (%1) AND NOT i.indisunique AND NOT i.indisprimary "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                       "WHERE c.conindid = i.indexrelid) ORDER BY 1")
            .arg(parameterMarks(tables.size())));
    for (const QString &table : tables)
        indexes.bind(table);
    indexes.exec();
    QStringList names;
    while (indexes.next()) {
        names << indexes.text(0);
        m_indexDefinitions << indexes.text(1);
    }
    for (const QString &name : std::as_const(names))
        execSchemaStatement(db, QStringLiteral("DROP INDEX %1").arg(name));
}

void PostgresBulkLoad::finish()
{
    if (!m_db.isPostgres())
        return;
    execSchemaStatement(m_db, QStringLiteral("SET maintenance_work_mem = '512MB'"));
    for (const QString &definition : std::as_const(m_indexDefinitions))
        execSchemaStatement(m_db, definition);
    m_indexDefinitions.clear();
    execSchemaStatement(m_db, QStringLiteral("RESET maintenance_work_mem"));
    execSchemaStatement(
        m_db, QStringLiteral("ANALYZE %1").arg(m_tables.join(QStringLiteral(", "))));
    execSchemaStatement(m_db, QStringLiteral("RESET synchronous_commit"));
}

} // namespace tf
