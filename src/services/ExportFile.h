#pragma once

#include <QByteArray>
#include <QString>

namespace tf {

// Files that leave the program (calendar files, PDFs) carry care data, so
// they are readable by their owner only, even when an older file with wider
// permissions is overwritten.
namespace ExportFile {

// Writes the bytes to path; throws StorageError with the reason in Swedish.
void write(const QString &path, const QByteArray &bytes);
// Checks that path can be written before a writer that does not report
// failures (QPdfWriter) is given it; throws StorageError.
void ensureWritable(const QString &path);
// Restricts a written export to its owner.
void finish(const QString &path);

} // namespace ExportFile

} // namespace tf
