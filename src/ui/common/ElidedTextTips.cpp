#include "ui/common/ElidedTextTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

namespace tf {

namespace {
class ElidedTextTips : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
            return false;
        auto *viewport = static_cast<QWidget *>(watched);
        auto *view = qobject_cast<QAbstractItemView *>(viewport->parentWidget());
        if (!view || view->viewport() != viewport)
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false; // the model's own tooltip, shown by the view
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = view->visualRect(index);
        if (text.isEmpty() || cell.width() >= view->sizeHintForIndex(index).width())
            return false;
        QToolTip::showText(help->globalPos(), text, viewport, cell);
        return true;
    }
};
} // namespace

void installElidedTextTips(QApplication &app)
{
    app.installEventFilter(new ElidedTextTips(&app));
}

} // namespace tf
