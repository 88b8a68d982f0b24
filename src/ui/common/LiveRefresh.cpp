#include "ui/common/LiveRefresh.h"

#include "domain/StorageError.h"
#include "services/minutes/StoreChanges.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace tf {

LiveRefresh::LiveRefresh(
    Workspace &workspace, QWidget *view, const QStringList &tables, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_tables(tables)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(foldMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &LiveRefresh::run);
    connect(new StoreChanges(workspace, this), &StoreChanges::changed, this,
        [this](const QString &table) { hear(table); });
    view->installEventFilter(this);
}

bool LiveRefresh::isPending() const
{
    return m_timer->isActive() || m_stale;
}

bool LiveRefresh::changed(const QString &table) const
{
    return m_refreshing.contains(table) || m_refreshing.contains(QString());
}

void LiveRefresh::hear(const QString &table)
{
    if (!table.isEmpty() && !m_tables.contains(table))
        return;
    if (!m_heard.contains(table))
        m_heard << table;
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    // Not restarted by each signal: a steady stream still shows.
    if (!m_timer->isActive())
        m_timer->start(foldMilliseconds);
}

void LiveRefresh::run()
{
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    if (QApplication::activePopupWidget() || (m_busy && m_busy())) {
        // Looked at again shortly; the user's edit comes first.
        m_timer->start(3 * foldMilliseconds);
        return;
    }
    m_stale = false;
    m_refreshing = std::exchange(m_heard, {});
    try {
        m_refresh();
    } catch (const StorageError &) {
        // Only a view of others' work: the next change or showing reads again.
        m_stale = true;
    }
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale && !m_timer->isActive())
        m_timer->start(foldMilliseconds);
    return QObject::eventFilter(watched, event);
}

KeepPlace::KeepPlace(QAbstractItemView *view, int idRole)
    : m_view(view)
    , m_idRole(idRole)
    , m_column(view->currentIndex().column())
    , m_vertical(view->verticalScrollBar()->value())
    , m_horizontal(view->horizontalScrollBar()->value())
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid() && idRole >= 0)
        m_id = current.siblingAtColumn(0).data(idRole);
}

KeepPlace::~KeepPlace()
{
    const QAbstractItemModel *rows = m_view->model();
    if (m_id.isValid() && rows) {
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(m_idRole) == m_id) {
                m_view->setCurrentIndex(rows->index(row, std::max(0, m_column)));
                break;
            }
        }
    }
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace tf
