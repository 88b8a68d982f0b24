#include "ui/common/RichTextDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace tf {

namespace {
constexpr int kMargin = 4;

void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(kMargin);
    document.setHtml(html);
    // Asked for its size the item has no rectangle yet: it wraps at the
    // view's width, as text in a browser would.
    int width = option.rect.width();
    if (width <= 0) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
    }
    document.setTextWidth(width > 0 ? width : -1);
}
} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
{ }

void RichTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the background, selection and focus only
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    layOut(document, option, index.data(m_htmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layOut(document, option, index.data(m_htmlRole).toString());
    return QSize(
        static_cast<int>(document.idealWidth()), static_cast<int>(document.size().height()));
}

} // namespace tf
