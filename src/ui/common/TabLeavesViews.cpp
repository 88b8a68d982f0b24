#include "ui/common/TabLeavesViews.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

namespace tf {

namespace {
class TabLeavesViews : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polish comes once, before a widget is first shown.
        if (event->type() == QEvent::Polish) {
            if (auto *view = qobject_cast<QAbstractItemView *>(watched))
                view->setTabKeyNavigation(false);
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void installTabLeavesViews(QApplication &app)
{
    app.installEventFilter(new TabLeavesViews(&app));
}

} // namespace tf
