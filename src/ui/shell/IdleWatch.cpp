#include "ui/shell/IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace tf {

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatch::~IdleWatch()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatch::setMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    restart();
}

void IdleWatch::restart()
{
    if (m_minutes == 0 || m_paused) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::minutes(m_minutes));
}

void IdleWatch::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every widget sees the event pass; one restart per event is enough,
        // and only a running count is restarted.
        if (!m_paused && m_timer.isActive() && watched->isWidgetType())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tf
