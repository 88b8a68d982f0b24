#include "services/PdfDocument.h"

#include "storage/StorageError.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace tf {

void PdfDocument::write(const QString &path, const QString &title, const QString &html)
{
    // QPdfWriter does not report a file it cannot open; try it first so the
    // user gets the reason.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw StorageError(StorageError::Kind::General,
                QStringLiteral("Filen %1 kunde inte skrivas: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    // QTextDocument::print adds its own 2 cm margin on every side.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Teamforum"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
}

} // namespace tf
