#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <thread>

namespace tf::bench {

// How long the GUI thread is held, as a user would feel it: a thread of its
// own asks the GUI thread every millisecond to answer, and the longest wait
// for an answer is the longest time a key press or a paint would have waited.
// The GUI thread must run its event loop meanwhile (waitUntil()).
class GuiThreadHold
{
public:
    GuiThreadHold();
    ~GuiThreadHold();
    GuiThreadHold(const GuiThreadHold &) = delete;
    GuiThreadHold &operator=(const GuiThreadHold &) = delete;

    // Starts the asking; the longest wait counts from here.
    void start();
    // Stops it and returns the longest wait in milliseconds.
    double stopMs();

private:
    QObject m_answerer; // lives on the GUI thread
    QElapsedTimer m_clock;
    std::atomic<bool> m_asking {false};
    std::atomic<qint64> m_longestNs {0};
    std::thread m_asker;
};

// Runs the GUI thread's event loop until `done` says so.
template <typename Done> void waitUntil(Done &&done);

} // namespace tf::bench

#include <QCoreApplication>

template <typename Done> void tf::bench::waitUntil(Done &&done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}
