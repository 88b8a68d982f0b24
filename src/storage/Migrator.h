#pragma once

#include <QList>
#include <QString>

namespace tf {

class Database;

// Applies the numbered migrations in resources/migrations, one transaction
// per step, and refuses databases it must not touch. Steps are known by
// their number; every step the database lacks is applied in number order,
// so a missing number is no error and a step merged in later with a lower
// number than one already applied is applied too.
class Migrator
{
public:
    enum class State { Empty, Current, Older, Newer, Foreign };

    explicit Migrator(Database &db);

    // The highest step this program knows.
    static int latestVersion();

    State inspect(int *version = nullptr);
    // Brings the schema up to date. Throws StorageError (database untouched)
    // for a foreign or newer database. Returns true when the database was new.
    bool migrate();

private:
    QList<int> appliedSteps();
    static QList<int> pendingSteps(const QList<int> &applied);
    void applyStep(int version);
    QString migrationSql(int version) const;

    Database &m_db;
};

} // namespace tf
