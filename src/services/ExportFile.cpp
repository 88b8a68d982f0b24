#include "services/ExportFile.h"

#include "domain/StorageError.h"
#include "services/IoMessages.h"
#include "storage/PrivateFiles.h"

#include <QFile>

namespace tf::ExportFile {

namespace {
StorageError notWritten(const QString &path, const QString &reason)
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("Filen %1 kunde inte skrivas: %2").arg(path, reason));
}
} // namespace

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw notWritten(path, fileProblem(file));
    file.close();
    finish(path);
}

void ensureWritable(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        throw notWritten(path, fileProblem(probe));
}

void finish(const QString &path)
{
    makePrivate(path);
}

} // namespace tf::ExportFile
