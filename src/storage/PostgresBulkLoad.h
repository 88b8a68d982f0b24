#pragma once

#include <QStringList>

namespace tf {

class Database;

// Loading a new PostgreSQL database in bulk (the test-data generator), as
// PostgreSQL's manual advises for populating a database: the session's
// commits do not wait for the disk; the loaded tables' foreign keys and
// secondary indexes (not those of a primary key or a unique rule) are
// dropped at the start and made again at the end, each checked or built
// once from all the rows, with more memory for the builds; their triggers
// are off during the load, and what a trigger keeps (meeting_client, from
// agenda items) is written at the end from the loaded rows; then ANALYZE,
// so the planner knows the new rows. Only the owner of the tables can do
// this, and only while nobody else writes them. Does nothing on SQLite. A
// load that stops half way leaves the database without them; the
// generator marks such a database unfinished (ContentClaim).
class PostgresBulkLoad
{
public:
    PostgresBulkLoad(Database &db, const QStringList &tables);
    // Makes the dropped keys and indexes again, turns the triggers back on
    // and analyses the tables.
    void finish();

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_indexDefinitions;
    QStringList m_keyDefinitions; // ALTER TABLE … ADD CONSTRAINT …
    qint64 m_agendaItemsBefore = 0;
};

} // namespace tf
