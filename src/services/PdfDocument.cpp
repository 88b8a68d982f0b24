#include "services/PdfDocument.h"

#include "services/ExportFile.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace tf {

void PdfDocument::write(const QString &path, const QString &title, const QString &html)
{
    // QPdfWriter does not report a file it cannot open; try it first so the
    // user gets the reason.
    ExportFile::ensureWritable(path);
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
    ExportFile::finish(path);
}

} // namespace tf
