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

    Query keys(db,
        QStringLiteral("SELECT c.conrelid::regclass::text, quote_ident(c.conname), "
                       "pg_get_constraintdef(c.oid) FROM pg_constraint c "
                       "JOIN pg_class t ON t.oid = c.conrelid "
                       "WHERE t.relnamespace = (SELECT oid FROM pg_namespace "
                       "WHERE nspname = current_schema()) "
                       "AND t.relname IN (%1) AND c.contype = 'f' ORDER BY 1, 2")
            .arg(parameterMarks(tables.size())));
    for (const QString &table : tables)
        keys.bind(table);
    keys.exec();
    QStringList drops;
    while (keys.next()) {
        drops
            << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(keys.text(0), keys.text(1));
        m_keyDefinitions << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                .arg(keys.text(0), keys.text(1), keys.text(2));
    }
    for (const QString &drop : std::as_const(drops))
        execSchemaStatement(db, drop);
    for (const QString &table : tables)
        execSchemaStatement(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
    Query items(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM agenda_item"));
    items.exec();
    m_agendaItemsBefore = items.next() ? items.id(0) : 0;
}

void PostgresBulkLoad::finish()
{
    if (!m_db.isPostgres())
        return;
    execSchemaStatement(m_db, QStringLiteral("SET maintenance_work_mem = '512MB'"));
    for (const QString &table : std::as_const(m_tables))
        execSchemaStatement(m_db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
    if (m_tables.contains(QLatin1String("agenda_item"))) {
        // What the trigger of migration 013 writes for each new agenda item.
        Query clients(m_db,
            QStringLiteral("INSERT INTO meeting_client (meeting_id, client_id, items) "
                           "SELECT meeting_id, client_id, count(*) FROM agenda_item "
                           "WHERE id > ? AND client_id IS NOT NULL GROUP BY meeting_id, client_id "
                           "ON CONFLICT (meeting_id, client_id) "
                           "DO UPDATE SET items = meeting_client.items + EXCLUDED.items"));
        clients.bind(m_agendaItemsBefore).exec();
    }
    for (const QString &definition : std::as_const(m_indexDefinitions))
        execSchemaStatement(m_db, definition);
    m_indexDefinitions.clear();
    for (const QString &definition : std::as_const(m_keyDefinitions))
        execSchemaStatement(m_db, definition);
    m_keyDefinitions.clear();
    execSchemaStatement(m_db, QStringLiteral("RESET maintenance_work_mem"));
    execSchemaStatement(
        m_db, QStringLiteral("ANALYZE %1").arg(m_tables.join(QStringLiteral(", "))));
    execSchemaStatement(m_db, QStringLiteral("RESET synchronous_commit"));
}

} // namespace tf
