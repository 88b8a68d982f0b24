#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <functional>

class QAbstractItemView;
class QTimer;
class QWidget;

namespace tf {

class Workspace;

// Keeps a view showing what other clients commit. Calls `refresh` when
// another client changed a row of one of `tables` (or, after a reconnect or
// a bulk load, possibly anything); changes to other tables are ignored. The
// signals of a short time are folded into one call, so a burst costs one
// read. A hidden view is not read: it is refreshed when it is shown again.
// While `busy` says the user is in the middle of an edit (a cell editor
// open), or a drop-down list or menu is open, the refresh waits until that
// is over, so nothing typed is thrown away. `refresh` itself keeps the
// user's place (selection, scroll position, unsaved input).
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    LiveRefresh(Workspace &workspace, QWidget *view, const QStringList &tables,
        std::function<void()> refresh);

    void setBusy(std::function<bool()> busy) { m_busy = std::move(busy); }
    const QStringList &tables() const { return m_tables; }
    // A change was heard and its refresh has not run yet.
    bool isPending() const;
    // During `refresh`: whether this table (or everything) changed since
    // the last refresh, for a view that reads some parts only when needed.
    bool changed(const QString &table) const;
    // The signals of this many milliseconds become one refresh.
    static constexpr int foldMilliseconds = 100;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hear(const QString &table);
    void run();

    QWidget *m_view;
    QStringList m_tables;
    std::function<void()> m_refresh;
    std::function<bool()> m_busy;
    QTimer *m_timer;
    QStringList m_heard; // since the last refresh; "" is everything
    QStringList m_refreshing; // what the running refresh is for
    bool m_stale = false; // heard while hidden
};

// Keeps the user's place in a list whose rows are read again: the row
// chosen before (found by the id its first column holds under idRole, so it
// may have moved), the column, and the scroll position. With a negative
// idRole only the scroll position (the caller chooses the row itself).
class KeepPlace
{
public:
    explicit KeepPlace(QAbstractItemView *view, int idRole = Qt::UserRole + 1);
    ~KeepPlace();
    KeepPlace(const KeepPlace &) = delete;
    KeepPlace &operator=(const KeepPlace &) = delete;

private:
    QAbstractItemView *m_view;
    int m_idRole;
    QVariant m_id;
    int m_column;
    int m_vertical;
    int m_horizontal;
};

} // namespace tf
