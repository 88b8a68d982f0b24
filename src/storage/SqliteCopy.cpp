#include "storage/SqliteCopy.h"

#include "domain/StorageError.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/EngineMessages.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

void restoreInto(Database &db, const QString &sourcePath)
{
    const QVariant handle = db.connection().driver()->handle();
    if (db.isPostgres() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Bara en SQLite-databas kan återställas från en säkerhetskopia här."));
    sqlite3 *target = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3 *source = nullptr;
    int result = sqlite3_open_v2(
        QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            result = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            if (result == SQLITE_DONE)
                result = finished;
        } else {
            result = sqlite3_errcode(target);
        }
    }
    sqlite3_close(source);
    if (result == SQLITE_OK || result == SQLITE_DONE)
        return;
    throw sqliteError(
        QSqlError(QString(), QString(), QSqlError::StatementError, QString::number(result)),
        QStringLiteral("Säkerhetskopian kunde inte läsas tillbaka; databasen är som förut."));
}

} // namespace tf
