#include "app/FontWarmUp.h"

#include <QFontDatabase>
#include <QThread>

namespace tf {

FontWarmUp::FontWarmUp()
    : m_thread(QThread::create([] { QFontDatabase::families(); }))
{
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    m_thread->wait();
    delete m_thread;
}

} // namespace tf
