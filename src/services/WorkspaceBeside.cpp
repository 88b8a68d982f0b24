#include "services/WorkspaceBeside.h"

#include "services/Workspace.h"
#include "storage/Database.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace tf {

namespace {
// A connection that cannot be opened is, for the work waiting, a lost one:
// it is done when the server answers again.
StorageError asLost(const StorageError &error)
{
    return StorageError(
        StorageError::Kind::ConnectionLost, error.userMessage(), error.nativeCode());
}
} // namespace

struct WorkspaceBeside::Thread
{
    ConnectionSpec spec;
    Database::WaitLimits limits;
    QThread thread;
    QObject context; // moved to `thread`: work is queued to it
    std::unique_ptr<Workspace> workspace; // used on `thread` only
    std::atomic<int> session {0};

    // On `thread`: the workspace, opened at the first work and opened again
    // after the server dropped its connection. Throws ConnectionLost.
    Workspace &open()
    {
        try {
            if (workspace && workspace->database().isConnectionLost()) {
                session = 0;
                workspace->database().reconnect();
                session = workspace->database().backendPid();
            }
            if (!workspace) {
                auto fresh = std::make_unique<Workspace>(spec);
                fresh->database().setWaitLimits(limits);
                fresh->openBeside();
                session = fresh->database().backendPid();
                workspace = std::move(fresh);
            }
        } catch (const StorageError &error) {
            throw asLost(error);
        }
        return *workspace;
    }
};

WorkspaceBeside::WorkspaceBeside(const Database &first, const QString &threadName)
    : m_thread(std::make_unique<Thread>())
{
    m_thread->spec = first.spec();
    m_thread->limits = first.waitLimits();
    m_thread->thread.setObjectName(threadName);
    m_thread->context.moveToThread(&m_thread->thread);
    m_thread->thread.start();
}

WorkspaceBeside::~WorkspaceBeside()
{
    // Queued behind the work posted: it is done first, then the connection
    // closes on the thread that opened it.
    Thread *own = m_thread.get();
    QMetaObject::invokeMethod(
        &own->context,
        [own] {
            own->session = 0;
            own->workspace.reset();
            own->thread.quit();
        },
        Qt::QueuedConnection);
    own->thread.wait();
}

void WorkspaceBeside::post(qint64 actorId, std::function<void(Workspace &)> work,
    std::function<void(const StorageError &)> failed)
{
    Thread *own = m_thread.get();
    QMetaObject::invokeMethod(
        &own->context,
        [own, actorId, work = std::move(work), failed = std::move(failed)] {
            Workspace *workspace = nullptr;
            try {
                workspace = &own->open();
            } catch (const StorageError &error) {
                failed(error);
                return;
            }
            workspace->setActorId(actorId);
            work(*workspace);
            // A read outside a transaction opens a lost connection again by
            // itself (storage/Query, ReadBatch): the session may be new.
            own->session = workspace->database().backendPid();
        },
        Qt::QueuedConnection);
}

void WorkspaceBeside::connectSoon()
{
    Thread *own = m_thread.get();
    QMetaObject::invokeMethod(
        &own->context,
        [own] {
            try {
                own->open();
            } catch (const StorageError &) {
                // Tried again, and said, with the first work posted.
            }
        },
        Qt::QueuedConnection);
}

bool WorkspaceBeside::isOwnSession(int backendPid) const
{
    return backendPid != 0 && m_thread->session == backendPid;
}

} // namespace tf
