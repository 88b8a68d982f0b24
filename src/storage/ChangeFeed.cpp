#include "storage/ChangeFeed.h"

#include "domain/StorageError.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace tf {

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    // A quarter of a second keeps a change seen by another client well
    // inside the targets while costing one tiny read per tick.
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::check);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

QString ChangeFeed::channelPrefix()
{
    // Written out in 007_change_notifications.postgresql.sql too.
    return QStringLiteral("teamforum_change/");
}

QString ChangeFeed::payload(const QString &table, qint64 rowId)
{
    return QStringLiteral("%1:%2").arg(table).arg(rowId);
}

void ChangeFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_db.isPostgres())
        subscribe();
    else {
        m_dataVersion = readDataVersion();
        try {
            m_lastLogId = lastLogId();
        } catch (const StorageError &) {
            m_lastLogId = 0; // read at the first change instead
        }
    }
    m_timer->start();
}

void ChangeFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_db.connection().isOpen() && m_db.connection().driver() == m_driver)
            m_driver->unsubscribeFromNotification(m_channel);
        m_driver = nullptr;
    }
}

void ChangeFeed::setPollInterval(int milliseconds)
{
    m_timer->setInterval(qMax(10, milliseconds));
}

int ChangeFeed::pollInterval() const
{
    return m_timer->interval();
}

void ChangeFeed::check()
{
    if (!m_running || !m_db.connection().isOpen())
        return;
    if (m_db.isPostgres()) {
        // Closing a connection drops its LISTEN; whoever opened it again
        // did not subscribe, so do it here and have the views read afresh.
        QSqlDriver *driver = m_db.connection().driver();
        if ((driver != m_driver || !driver->subscribedToNotifications().contains(m_channel))
            && subscribe())
            Q_EMIT changed(QString(), 0);
        return;
    }
    const qint64 version = readDataVersion();
    if (version < 0)
        return;
    try {
        if (version == m_dataVersion) {
            // No other connection committed: change_log rows since the
            // last look are this client's own, never to be announced.
            m_lastLogId = lastLogId();
            return;
        }
        announceLoggedChanges();
        m_dataVersion = version;
    } catch (const StorageError &) {
        // Busy or gone for a moment: looked at again at the next tick.
    }
}

void ChangeFeed::announceLoggedChanges()
{
    // Someone else committed. What they changed is in change_log, written
    // in the same transaction as each change; own rows of the last tick
    // can come along, which costs a view one read more. A large batch (a
    // year of meetings) is one full refresh.
    const int most = 500;
    QList<std::pair<QString, qint64>> rows;
    qint64 last = m_lastLogId;
    int read = 0;
    {
        // Scoped: no statement stays open while the views read.
        Query query(m_db,
            QStringLiteral("SELECT id, table_name, row_id FROM change_log WHERE id > ? "
                           "ORDER BY id LIMIT ?"));
        query.bind(m_lastLogId).bind(most + 1).exec();
        while (query.next()) {
            ++read;
            last = query.id(0);
            const std::pair<QString, qint64> row {query.text(1), query.id(2)};
            if (!rows.contains(row))
                rows << row;
        }
    }
    if (read > most) {
        m_lastLogId = lastLogId();
        Q_EMIT changed(QString(), 0);
        return;
    }
    m_lastLogId = last;
    // A commit without a log row (a bulk load) still changed something.
    if (rows.isEmpty())
        Q_EMIT changed(QString(), 0);
    for (const auto &[table, rowId] : rows)
        Q_EMIT changed(table, rowId);
}

qint64 ChangeFeed::lastLogId()
{
    Query query(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log"));
    query.exec();
    return query.next() ? query.id(0) : 0;
}

bool ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        if (m_driver)
            connect(m_driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    }
    if (!m_driver)
        return false;
    if (m_channel.isEmpty()) {
        // The name migration 007's trigger sends to, left(prefix ||
        // current_schema(), 63), of the schema read when the session began.
        if (m_db.currentSchema().isEmpty())
            return false; // tried again at the next tick
        m_channel = (channelPrefix() + m_db.currentSchema()).left(63);
    }
    // Failing (server gone) is retried at the next tick.
    return m_driver->subscribedToNotifications().contains(m_channel)
        || m_driver->subscribeToNotification(m_channel);
}

void ChangeFeed::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own commits come back too; the view that made them knows already.
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    // "table:rowId:pid"; a table's name has no colon.
    const QStringList parts = payload.toString().split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0).isEmpty()) {
        Q_EMIT changed(QString(), 0);
        return;
    }
    if (m_alsoOwn && m_alsoOwn(parts.at(2).toInt()))
        return;
    Q_EMIT changed(parts.at(0), parts.at(1).toLongLong());
}

qint64 ChangeFeed::readDataVersion()
{
    // A fresh query each time, finished at once: an open read would keep
    // a snapshot and hold back checkpoints.
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    return version;
}

} // namespace tf
