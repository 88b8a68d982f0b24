#pragma once

#include "domain/StorageError.h"

#include <QFuture>
#include <QPromise>

#include <exception>
#include <functional>
#include <memory>

namespace tf {

class Workspace;
class WorkspaceBeside;

// Reads for the views, beside the GUI thread. On PostgreSQL each read runs on
// a workspace of its own (WorkspaceBeside), one after another in the order
// asked, and its future is fulfilled when the server has answered: a view
// shows its rows when they come and the window never waits for the network.
// The reads are the same services the GUI thread would call, with their
// access checks, and they log what they read as the user (the workspace acts
// for the first one's actorId at the time of asking). On SQLite a read is a
// local one of a few milliseconds: it runs at once on the given workspace
// and its future is finished when read() returns.
class ReadsBeside
{
public:
    explicit ReadsBeside(Workspace &workspace);
    ~ReadsBeside();
    ReadsBeside(const ReadsBeside &) = delete;
    ReadsBeside &operator=(const ReadsBeside &) = delete;

    // `read` runs with the workspace to read from; what it throws is the
    // future's exception (QFuture::result() throws it again).
    template <typename T> QFuture<T> read(std::function<T(Workspace &)> read);

    // Opens the connection now, in the background (PostgreSQL).
    void connectSoon();
    bool hasOwnConnection() const { return m_own != nullptr; }
    // PostgreSQL: whether the server session is this reader's. Any thread.
    bool isOwnSession(int backendPid) const;

private:
    // Runs `job` with the workspace to read from; `failed` instead when
    // there is none to be had (the server cannot be reached).
    void run(
        std::function<void(Workspace &)> job, std::function<void(const StorageError &)> failed);

    Workspace &m_given;
    std::unique_ptr<WorkspaceBeside> m_own; // PostgreSQL only
};

template <typename T> QFuture<T> ReadsBeside::read(std::function<T(Workspace &)> read)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    run(
        [promise, read = std::move(read)](Workspace &workspace) {
            try {
                promise->addResult(read(workspace));
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        },
        [promise](const StorageError &error) {
            promise->setException(std::make_exception_ptr(error));
            promise->finish();
        });
    return future;
}

} // namespace tf
