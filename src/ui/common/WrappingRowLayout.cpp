#include "ui/common/WrappingRowLayout.h"

#include <QWidget>

namespace tf {

WrappingRowLayout::WrappingRowLayout(QWidget *parent)
    : QBoxLayout(QBoxLayout::LeftToRight, parent)
{ }

int WrappingRowLayout::sideBySideWidth() const
{
    int width = 0;
    int shown = 0;
    for (int i = 0; i < count(); ++i) {
        QLayoutItem *item = itemAt(i);
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        ++shown;
    }
    const QMargins margins = contentsMargins();
    const int gap = spacing() >= 0 ? spacing() : 6;
    return width + std::max(0, shown - 1) * gap + margins.left() + margins.right();
}

QSize WrappingRowLayout::minimumSize() const
{
    int widest = 0;
    for (int i = 0; i < count(); ++i) {
        QLayoutItem *item = itemAt(i);
        if (!item->isEmpty())
            widest = std::max(widest, item->minimumSize().width());
    }
    const QMargins margins = contentsMargins();
    return {widest + margins.left() + margins.right(), QBoxLayout::minimumSize().height()};
}

void WrappingRowLayout::setGeometry(const QRect &rect)
{
    const int needed = sideBySideWidth();
    // Back to one row only with some room to spare, so that a scroll bar
    // coming or going beside it does not flip it to and fro.
    constexpr int spare = 24;
    if (direction() == QBoxLayout::LeftToRight && rect.width() < needed)
        setDirection(QBoxLayout::TopToBottom);
    else if (direction() == QBoxLayout::TopToBottom && rect.width() >= needed + spare)
        setDirection(QBoxLayout::LeftToRight);
    QBoxLayout::setGeometry(rect);
}

} // namespace tf
