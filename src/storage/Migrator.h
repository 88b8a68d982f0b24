#pragma once

#include <QString>

namespace tf {

class Database;

// Applies the numbered migrations in resources/migrations, one transaction
// per step, and refuses databases it must not touch.
class Migrator
{
public:
    enum class State { Empty, Current, Older, Newer, Foreign };

    explicit Migrator(Database &db);

    // The schema version this program writes.
    static int latestVersion();

    State inspect(int *version = nullptr);
    // Brings the schema up to date. Throws StorageError (database untouched)
    // for a foreign or newer database. Returns true when the database was new.
    bool migrate();

private:
    void applyStep(int version);
    QString migrationSql(int version) const;

    Database &m_db;
};

} // namespace tf
