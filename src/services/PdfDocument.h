#pragma once

#include <QString>

namespace tf {

// The A4 PDF files the program writes (minutes, kallelse, SBAR) share one
// page set-up, so that they look alike and fail alike.
class PdfDocument
{
public:
    // Lays html out on A4 (300 dpi, 2 cm margins) and writes it to path.
    // Throws StorageError with a Swedish message when the file cannot be written.
    static void write(const QString &path, const QString &title, const QString &html);
};

} // namespace tf
