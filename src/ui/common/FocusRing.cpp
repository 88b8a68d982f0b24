#include "ui/common/FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QRegion>
#include <QWidget>

#include <memory>

namespace tf {

namespace {
constexpr int ringWidth = 3;

class FocusRingWidget : public QWidget
{
public:
    FocusRingWidget()
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    // Moves onto the widget that has the focus.
    void follow(QWidget *widget)
    {
        if (m_target)
            m_target->removeEventFilter(this);
        m_target = widget;
        setParent(widget);
        widget->installEventFilter(this);
        fit();
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target) {
            if (event->type() == QEvent::Resize)
                fit();
            else if (event->type() == QEvent::ChildAdded)
                raise(); // stays above a child added later, e.g. a viewport
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QColor colour = m_target ? m_target->palette().color(QPalette::Active, QPalette::Highlight)
                                 : palette().color(QPalette::Highlight);
        painter.fillRect(rect(), colour);
    }

private:
    void fit()
    {
        if (!m_target)
            return;
        const QRect outer = m_target->rect();
        setGeometry(outer);
        setMask(
            QRegion(outer) - QRegion(outer.adjusted(ringWidth, ringWidth, -ringWidth, -ringWidth)));
    }

    QPointer<QWidget> m_target;
};
} // namespace

void installFocusRing(QApplication &app)
{
    // A child of the focused widget, so it goes with it; with no focus (or a
    // window itself focused) there is none. A guarded pointer notices when
    // the focused widget takes the ring along as it is deleted.
    auto ring = std::make_shared<QPointer<FocusRingWidget>>();
    QObject::connect(&app, &QApplication::focusChanged, &app, [ring](QWidget *, QWidget *now) {
        if (!now || now->isWindow()) {
            delete ring->data();
            return;
        }
        if (!*ring)
            *ring = new FocusRingWidget;
        (*ring)->follow(now);
    });
}

} // namespace tf
