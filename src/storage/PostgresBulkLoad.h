#pragma once

#include <QStringList>

namespace tf {

class Database;

// Loading a new PostgreSQL database in bulk (the test-data generator), as
// PostgreSQL's manual advises for populating a database: the session's
// commits do not wait for the disk, and the tables' secondary indexes (not
// those of a primary key or a unique rule) are dropped at the start and
// built once from all the rows at the end, with more memory for the build,
// followed by ANALYZE so the planner knows the new rows. Does nothing on
// SQLite. A load that stops half way leaves the indexes missing; the
// generator marks such a database unfinished (ContentClaim).
class PostgresBulkLoad
{
public:
    PostgresBulkLoad(Database &db, const QStringList &tables);
    // Builds the dropped indexes again and analyses the tables.
    void finish();

private:
    Database &m_db;
    QStringList m_tables;
    QStringList m_indexDefinitions;
};

} // namespace tf
