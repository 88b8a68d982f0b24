#include "services/generator/NewDatabase.h"

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace tf {

namespace {
const QStringList kCompanions
    = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

StorageError notWritten(const QString &reason)
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("Testdatabasen kunde inte skrivas: %1").arg(reason));
}

StorageError failed(const QString &reason)
{
    return StorageError(StorageError::Kind::General, reason);
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}

// The target may be missing or empty; anything else is someone's data.
void requireNoDatabaseAt(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() && (!target.isFile() || target.size() > 0))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("%1 finns redan. generate skapar en ny databas: ange en fil som inte "
                           "finns (eller är tom).")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
}
} // namespace

GeneratorResult generateNewDatabase(const ConnectionSpec &target, const GeneratorOptions &options)
{
    if (target.engine != ConnectionSpec::Engine::Sqlite) {
        Workspace workspace(target);
        workspace.open();
        return generateDatabase(workspace, options);
    }
    const QFileInfo targetFile(target.path);
    requireNoDatabaseAt(target.path);
    if (!QDir().mkpath(targetFile.absolutePath()))
        throw notWritten(QStringLiteral("mappen %1 kunde inte skapas.")
                             .arg(QDir::toNativeSeparators(targetFile.absolutePath())));
    QString building;
    {
        // Only the name is taken here: the file is closed again before
        // SQLite opens it, and removed by hand on failure.
        QTemporaryFile name(targetFile.absoluteDir().filePath(
            QStringLiteral(".%1.generate-XXXXXX").arg(targetFile.fileName())));
        name.setAutoRemove(false);
        if (!name.open())
            throw notWritten(QStringLiteral("ingen fil kunde skapas i mappen %1.")
                                 .arg(QDir::toNativeSeparators(targetFile.absolutePath())));
        building = name.fileName();
    }
    try {
        GeneratorResult result;
        {
            ConnectionSpec spec = target;
            spec.path = building;
            spec.createHere = true;
            Workspace workspace(spec);
            workspace.open();
            result = generateDatabase(workspace, options);
        } // closed: the last connection copies the log into the file and removes it
        if (QFileInfo::exists(building + QStringLiteral("-wal")))
            throw failed(QStringLiteral("Databasens logg kunde inte föras in i filen."));
        if (!syncToDisk(building))
            throw failed(QStringLiteral("Filen kunde inte skrivas till disken."));
        requireNoDatabaseAt(target.path); // nobody put one there meanwhile
        if (std::rename(
                QFile::encodeName(building).constData(), QFile::encodeName(target.path).constData())
            != 0)
            throw failed(QStringLiteral("Filen kunde inte flyttas på plats."));
        syncToDisk(targetFile.absolutePath()); // the rename itself
        return result;
    } catch (const StorageError &error) {
        removeWithCompanions(building);
        // The engine's reason for a full disk speaks of kept text, which
        // fits a view, not this command.
        const QString reason = error.kind() == StorageError::Kind::DiskFull
            ? QStringLiteral("Disken är full.")
            : error.userMessage();
        throw StorageError(error.kind(),
            QStringLiteral("Testdatabasen skapades inte. %1 Ingen fil har lämnats kvar.")
                .arg(reason),
            error.nativeCode());
    } catch (...) {
        removeWithCompanions(building);
        throw;
    }
}

} // namespace tf
