#include "GuiThreadHold.h"

#include <chrono>

namespace tf::bench {

GuiThreadHold::GuiThreadHold()
{
    m_clock.start();
}

GuiThreadHold::~GuiThreadHold()
{
    if (m_asking)
        stopMs();
}

void GuiThreadHold::start()
{
    m_longestNs = 0;
    m_asking = true;
    m_asker = std::thread([this] {
        while (m_asking) {
            const qint64 asked = m_clock.nsecsElapsed();
            QMetaObject::invokeMethod(
                &m_answerer,
                [this, asked] {
                    const qint64 waited = m_clock.nsecsElapsed() - asked;
                    if (waited > m_longestNs)
                        m_longestNs = waited;
                },
                Qt::QueuedConnection);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
}

double GuiThreadHold::stopMs()
{
    // The questions asked are all answered before the longest is read.
    m_asking = false;
    m_asker.join();
    QCoreApplication::sendPostedEvents(&m_answerer);
    return static_cast<double>(m_longestNs.load()) / 1e6;
}

} // namespace tf::bench
