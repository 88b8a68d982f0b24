#include "app/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tf {

long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const auto lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

FirstPaintProbe::FirstPaintProbe(QObject *parent, bool waitForContent)
    : QObject(parent)
    , m_waitForContent(waitForContent)
{ }

FirstPaintProbe *FirstPaintProbe::attachIfRequested(QWidget *window)
{
    const QByteArray mode = qgetenv("TEAMFORUM_EXIT_AFTER_FIRST_PAINT");
    if (mode.isEmpty())
        return nullptr;
    auto *probe = new FirstPaintProbe(window, mode == "view");
    window->installEventFilter(probe);
    return probe;
}

void FirstPaintProbe::contentReady()
{
    m_contentReady = true;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        if (!m_painted) {
            m_painted = true;
            report("painted", !m_waitForContent);
        } else if (m_contentReady && m_waitForContent) {
            m_waitForContent = false;
            report("view", true);
        }
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report(const char *what, bool quit)
{
    // After the paint event has been handled.
    QTimer::singleShot(0, this, [what, quit] {
        std::printf("%s %ld\n", what, residentKilobytes());
        std::fflush(stdout);
        if (quit)
            QCoreApplication::quit();
    });
}

} // namespace tf
