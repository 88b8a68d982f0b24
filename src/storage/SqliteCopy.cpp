#include "storage/SqliteCopy.h"

#include "domain/StorageError.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tf {

void vacuumInto(Database &db, const QString &path)
{
    if (db.isPostgres())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("En PostgreSQL-databas säkerhetskopieras på servern (pg_dump eller "
                           "serverns egen säkerhetskopiering), inte av Teamforum."));
    QSqlQuery vacuum(db.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(path);
    if (!vacuum.exec())
        throw db.dialect().translate(
            vacuum.lastError(), QStringLiteral("Säkerhetskopian kunde inte skrivas."));
}

QStringList problemsOfSqliteFile(const QString &path)
{
    ConnectionSpec spec;
    spec.path = path;
    Database copy(spec);
    try {
        copy.open();
        int version = 0;
        const Migrator::State state = Migrator(copy).inspect(&version);
        if (state == Migrator::State::Empty || state == Migrator::State::Foreign)
            return {QStringLiteral("Filen är ingen Teamforum-databas.")};
        QStringList problems;
        if (state != Migrator::State::Current)
            problems << QStringLiteral("Schemaversion %1, programmet väntar sig %2.")
                            .arg(version)
                            .arg(Migrator::latestVersion());
        problems << copy.dialect().integrityProblems(copy.connection());
        return problems;
    } catch (const StorageError &error) {
        return {error.userMessage()};
    }
}

} // namespace tf
