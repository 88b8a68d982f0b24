#include "ui/common/AdaptiveSplitter.h"

#include <QEvent>
#include <QResizeEvent>
#include <QStyle>

namespace tf {

namespace {
int minimumWidthOf(const QWidget *widget)
{
    return widget->minimumWidth() > 0 ? widget->minimumWidth() : widget->minimumSizeHint().width();
}
} // namespace

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
}

int AdaptiveSplitter::sideBySideWidth() const
{
    int width = 0;
    int shown = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *part = widget(i);
        if (part->isHidden())
            continue;
        width += minimumWidthOf(part);
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return width + std::max(0, shown - 1) * handleWidth() + margins.left() + margins.right();
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int widest = 0;
    for (int i = 0; i < count(); ++i) {
        if (!widget(i)->isHidden())
            widest = std::max(widest, minimumWidthOf(widget(i)));
    }
    const QMargins margins = contentsMargins();
    return {widest + margins.left() + margins.right(), QSplitter::minimumSizeHint().height()};
}

void AdaptiveSplitter::fitOrientation(int width)
{
    const int needed = sideBySideWidth();
    // Going back to side by side only with a scroll bar's width to spare, so
    // that a vertical scroll bar coming or going does not flip it back.
    const int spare = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) + 2;
    if (orientation() == Qt::Horizontal && width < needed) {
        setOrientation(Qt::Vertical);
        updateGeometry();
    } else if (orientation() == Qt::Vertical && width >= needed + spare) {
        setOrientation(Qt::Horizontal);
        updateGeometry();
    }
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    fitOrientation(event->size().width());
    QSplitter::resizeEvent(event);
}

bool AdaptiveSplitter::event(QEvent *event)
{
    // A part that came to need more or less room (a longer text, a shown
    // panel) decides again at the present width.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        fitOrientation(width());
    return QSplitter::event(event);
}

} // namespace tf
