#include "services/ConnectionWatch.h"

#include "domain/StorageError.h"
#include "storage/Database.h"

#include <QTimer>
#include <QtDebug>

namespace tf {

ConnectionWatch::ConnectionWatch(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_poll(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_reconnectsSeen(db.reconnectCount())
{
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &ConnectionWatch::check);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ConnectionWatch::attemptReconnect);
}

void ConnectionWatch::start()
{
    if (m_db.isPostgres())
        m_poll->start();
}

void ConnectionWatch::setPollInterval(int milliseconds)
{
    m_poll->setInterval(qMax(10, milliseconds));
}

void ConnectionWatch::check()
{
    if (m_db.reconnectCount() != m_reconnectsSeen && !m_db.isConnectionLost()) {
        m_reconnectsSeen = m_db.reconnectCount();
        m_lost = false;
        m_failedAttempts = 0;
        m_retry->stop();
        qInfo("PostgreSQL connection open again");
        Q_EMIT reconnected();
        return;
    }
    if (m_lost || !m_db.isConnectionLost())
        return;
    m_lost = true;
    qWarning("PostgreSQL connection lost; opening it again");
    Q_EMIT connectionLost();
    m_retry->start(0);
}

void ConnectionWatch::attemptReconnect()
{
    if (!m_lost)
        return;
    // Never under an open transaction: its statements belong to the old
    // session, and the one who opened it reports its failure.
    if (m_db.transactionDepth() == 0) {
        try {
            m_db.reconnect();
            check();
            return;
        } catch (const StorageError &) {
            ++m_failedAttempts; // the reason is in the log (Database)
        }
    }
    m_retry->start(qMin(2000, 100 << qMin(m_failedAttempts, 5)));
}

} // namespace tf
