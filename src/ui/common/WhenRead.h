#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace tf {

// Shows what a read beside the GUI thread (ReadsBeside) brought: `show` is
// called with the finished future on the thread of `context`, at once when
// the read is done already (SQLite), else when it is done. Nothing is called
// once `context` is gone. `show` takes the rows with QFuture::result(),
// which throws what the read threw.
template <typename T, typename Show>
void whenRead(const QFuture<T> &future, QObject *context, Show show)
{
    if (future.isFinished()) {
        show(future);
        return;
    }
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, show = std::move(show)]() mutable {
            watcher->deleteLater();
            show(watcher->future());
        });
    watcher->setFuture(future);
}

} // namespace tf
