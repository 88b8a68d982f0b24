#pragma once

#include <QStyledItemDelegate>

namespace tf {

// Draws an item's text in full in a narrow column: lines break between
// words where they can and inside a word where it is longer than the
// column, never cut off with "…". Long Swedish compounds of forum names
// break before "möte" (a soft hyphen is added for the drawing only; the
// item's text, which screen readers read, is unchanged).
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The lines the text is drawn in at this width and font.
    static QStringList lines(const QString &text, const QFont &font, int width);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tf
