#include "services/PdfDocument.h"

#include "services/ExportFile.h"
#include "services/PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tf {

namespace {
QString xmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

// The XMP packet of a PDF/A-1b file: the identification PDF/A requires, and
// title, creator and producer the same as in the document information.
QByteArray archiveMetadata(const QString &title, const PdfArchiveRecord &record)
{
    const QString created = record.createdUtc.toUTC().toString(Qt::ISODate);
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>Teamforum</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
        "</dc:description>\n"
        "<dc:subject><rdf:Bag>%3</rdf:Bag></dc:subject>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "<pdf:Producer>%4</pdf:Producer>\n"
        "<pdf:Keywords>%5</pdf:Keywords>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<xmp:CreatorTool>Teamforum</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%6</xmp:CreateDate>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "<pdfaid:part>1</pdfaid:part>\n"
        "<pdfaid:conformance>B</pdfaid:conformance>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    QStringList items;
    for (const QString &keyword : record.keywords)
        items << QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlText(keyword));
    return xmp
        .arg(xmlText(title), xmlText(record.subject), items.join(QString()),
            QStringLiteral("Qt " QT_VERSION_STR),
            xmlText(record.keywords.join(QStringLiteral("; "))), created)
        .toUtf8();
}

// Lays the document out on the writer's pages inside a 2 cm margin, keeps
// headings and table headers with what follows them, and draws each page
// with its number at the foot, as QTextDocument::print would.
void printPages(QTextDocument &document, QPdfWriter &writer)
{
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    const qreal margin = 2 / 2.54 * writer.resolution();
    const QSizeF body(writer.width() - 2 * margin, writer.height() - 2 * margin);
    document.setPageSize(body);
    keepTogetherOnPages(document);
    // The breaks changed block formats after the first layout; Qt's
    // incremental relayout can leave later blocks without lines, which then
    // draw as empty space. Lay the whole document out anew before drawing.
    document.markContentsDirty(0, document.characterCount());
    document.documentLayout()->documentSize();

    QPainter painter(&writer);
    const QFontMetricsF metrics(document.defaultFont(), &writer);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(margin, margin - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        const QString number = QString::number(page + 1);
        painter.setFont(document.defaultFont());
        painter.drawText(
            QPointF(writer.width() - margin - metrics.horizontalAdvance(number),
                writer.height() - margin + metrics.ascent() + 5 * writer.resolution() / 96.0),
            number);
    }
}

void writeWith(
    const QString &path, const QString &title, const QString &html, const PdfArchiveRecord *record)
{
    // QPdfWriter does not report a file it cannot open; try it first so the
    // user gets the reason.
    ExportFile::ensureWritable(path);
    QPdfWriter writer(path);
    if (record) {
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setDocumentXmpMetadata(archiveMetadata(title, *record));
    }
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    // printPages keeps a 2 cm margin on every side.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Teamforum"));
    QTextDocument document;
    document.setHtml(html);
    printPages(document, writer);
    ExportFile::finish(path);
}
} // namespace

void PdfDocument::write(const QString &path, const QString &title, const QString &html)
{
    writeWith(path, title, html, nullptr);
}

void PdfDocument::writeForArchive(
    const QString &path, const QString &title, const QString &html, const PdfArchiveRecord &record)
{
    writeWith(path, title, html, &record);
}

} // namespace tf
