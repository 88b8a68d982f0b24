#pragma once

class QThread;

namespace tf {

// Reads the system's font configuration on a second thread while the main
// thread opens the database, so the first paint does not wait for it. Qt's
// font database guards itself with a mutex; the main thread simply waits if
// it needs fonts before the reading is done. Joined on destruction.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    QThread *m_thread;
};

} // namespace tf
