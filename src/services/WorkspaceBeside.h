#pragma once

#include "domain/StorageError.h"

#include <functional>
#include <memory>

class QString;

namespace tf {

class Database;
class Workspace;

// A workspace of its own, on a thread of its own, for storage work that must
// not hold the GUI thread while a PostgreSQL server across the town answers.
// Its connection goes to the same server as the first one's, with the same
// login and wait limits; it is opened at the first work posted (or on
// connectSoon()) and opened again after the server dropped it. The schema
// is the first workspace's: this one never migrates.
class WorkspaceBeside
{
public:
    WorkspaceBeside(const Database &first, const QString &threadName);
    // Work already posted is done before the connection closes.
    ~WorkspaceBeside();
    WorkspaceBeside(const WorkspaceBeside &) = delete;
    WorkspaceBeside &operator=(const WorkspaceBeside &) = delete;

    // Runs `work` on the thread, in the order posted, with the workspace
    // acting for actorId. When the connection cannot be opened, `failed`
    // runs there instead with a ConnectionLost error.
    void post(qint64 actorId, std::function<void(Workspace &)> work,
        std::function<void(const StorageError &)> failed);
    // Opens the connection now, in the background, so the first work does
    // not wait for the connection's own round trips.
    void connectSoon();
    // Whether the server session with this process id is this workspace's.
    // May be called from any thread.
    bool isOwnSession(int backendPid) const;

private:
    struct Thread;
    std::unique_ptr<Thread> m_thread;
};

} // namespace tf
