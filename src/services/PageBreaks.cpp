#include "services/PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace tf {

namespace {
// Every table of the document, in document order.
QList<QTextTable *> tablesOf(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables << tablesOf(child);
    }
    return tables;
}

class Pages
{
public:
    explicit Pages(QTextDocument &document)
        : m_layout(document.documentLayout())
        , m_height(document.pageSize().height())
    { }

    int of(qreal y) const { return int(y / m_height); }
    QRectF rect(const QTextBlock &block) const { return m_layout->blockBoundingRect(block); }
    // The page the block's first line ends on.
    int firstLine(const QTextBlock &block) const
    {
        const QRectF box = rect(block);
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return of(box.top());
        const QTextLine first = lines->lineAt(0);
        // Just above the line's bottom: a line ending exactly on the page's
        // edge is on that page.
        return of(box.top() + first.y() + first.height() - 0.5);
    }

private:
    QAbstractTextDocumentLayout *m_layout;
    qreal m_height;
};

bool breaksBefore(const QTextFormat &format)
{
    return format.intProperty(QTextFormat::PageBreakPolicy) & QTextFormat::PageBreak_AlwaysBefore;
}

// The table whose header row starts with this block, if any.
QTextTable *tableStartingAt(const QTextBlock &block)
{
    QTextTable *table = QTextCursor(block).currentTable();
    if (!table || table->cellAt(0, 0).firstCursorPosition().block() != block)
        return nullptr;
    return table;
}

// Walks the document in order and sets a break before each heading and
// table that stands alone at the foot of its page; what follows moves with
// it, so the walk goes on with the new layout. True when a break was set.
bool breakWhereAlone(QTextDocument &document)
{
    const Pages pages(document);
    bool changed = false;
    for (QTextBlock block = document.firstBlock(); block.isValid(); block = block.next()) {
        if (QTextTable *table = tableStartingAt(block)) {
            const int header = table->format().headerRowCount();
            QTextTableFormat format = table->format();
            if (header == 0 || table->rows() <= header || breaksBefore(format))
                continue;
            const QTextBlock firstRow = table->cellAt(header, 0).firstCursorPosition().block();
            if (pages.firstLine(firstRow) != pages.of(pages.rect(block).top())) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
                changed = true;
            }
            continue;
        }
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid()
            || breaksBefore(block.blockFormat()))
            continue;
        if (pages.firstLine(block.next()) != pages.of(pages.rect(block).top())) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            changed = true;
        }
    }
    return changed;
}
} // namespace

void keepTogetherOnPages(QTextDocument &document)
{
    // A second walk finds nothing new unless a break moved a heading that
    // was checked before it; a few walks settle any document.
    for (int pass = 0; pass < 4; ++pass) {
        if (!breakWhereAlone(document))
            return;
    }
}

} // namespace tf
