#include "ui/common/WrappingDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace tf {

namespace {
constexpr int kMargin = 3;

QString breakable(QString text)
{
    static const QRegularExpression compound(
        QStringLiteral("(\\w)(möte)"), QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(compound, QStringLiteral("\\1\u00AD\\2"));
}

// Lays out one paragraph per line of the text; calls draw for each line.
template <typename Draw> void layOut(const QString &text, const QFont &font, int width, Draw draw)
{
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    qreal y = 0;
    for (const QString &paragraph : breakable(text).split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(wrapping);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        draw(layout, y);
    }
}

int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (width <= 0) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
    }
    return width - 2 * kMargin;
}
} // namespace

QStringList WrappingDelegate::lines(const QString &text, const QFont &font, int width)
{
    QStringList result;
    layOut(text, font, width, [&](const QTextLayout &layout, qreal) {
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            result << layout.text().mid(line.textStart(), line.textLength());
        }
    });
    return result;
}

void WrappingDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear(); // the background, selection and focus only
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    painter->save();
    painter->setClipRect(option.rect);
    painter->setFont(item.font);
    painter->setPen(item.palette.color(
        item.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QPointF origin = option.rect.topLeft() + QPointF(kMargin, kMargin);
    layOut(text, item.font, textWidth(option),
        [&](const QTextLayout &layout, qreal) { layout.draw(painter, origin); });
    painter->restore();
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    qreal height = 0;
    layOut(item.text, item.font, textWidth(option),
        [&](const QTextLayout &, qreal bottom) { height = bottom; });
    // The width it takes unwrapped: a column sized to its content fits it.
    const QFontMetrics metrics(item.font);
    int natural = 0;
    for (const QString &line : item.text.split(QLatin1Char('\n')))
        natural = std::max(natural, metrics.horizontalAdvance(line));
    // One pixel more: the layout's line width and the metrics' advance round apart.
    return QSize(natural + 2 * kMargin + 1, static_cast<int>(std::ceil(height)) + 2 * kMargin);
}

} // namespace tf
