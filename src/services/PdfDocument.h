#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tf {

// What an archive copy (PDF/A-1b) says about itself in its XMP metadata.
struct PdfArchiveRecord
{
    QString subject; // e.g. "Solgården avd 2, Teammöte 2026-11-12"
    QStringList keywords; // unit, forum, date, approver …
    QDateTime createdUtc;
};

// The A4 PDF files the program writes (minutes, kallelse, SBAR) share one
// page set-up, so that they look alike and fail alike.
class PdfDocument
{
public:
    // Lays html out on A4 (300 dpi, 2 cm margins) and writes it to path.
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const QString &path, const QString &title, const QString &html);
    // The same as PDF/A-1b, every font embedded, for documents kept as
    // public records; the record goes into the XMP metadata.
    static void writeForArchive(const QString &path, const QString &title, const QString &html,
        const PdfArchiveRecord &record);
};

} // namespace tf
