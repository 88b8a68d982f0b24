#pragma once

#include <QObject>

class QTimer;

namespace tf {

class Database;

// Keeps the desktop program's PostgreSQL connection: notices when the
// server dropped it (a restart, pg_terminate_backend, the network, a
// failover) and opens it again with growing pauses (0.1 s doubling to 2 s),
// so a promoted standby is found within seconds. While the connection is
// gone every save fails with StorageError::Kind::ConnectionLost and keeps
// the user's text; after the reconnect the change feed subscribes again and
// asks every view to read afresh, and whoever kept unsaved text saves it
// (reconnected()). Only the client library's state is looked at, so
// watching costs the server nothing. Does nothing on SQLite.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWatch(Database &db, QObject *parent = nullptr);

    void start();
    bool isConnected() const { return !m_lost; }
    // How often the connection's state is looked at (default 250 ms).
    void setPollInterval(int milliseconds);
    // Looks now instead of at the next tick.
    void check();

Q_SIGNALS:
    // The connection is gone; attempts to open it again have begun.
    void connectionLost();
    // The connection is open again (also after a read opened it again by
    // itself, see Query): unsaved text can be saved now.
    void reconnected();

private:
    void attemptReconnect();

    Database &m_db;
    QTimer *m_poll;
    QTimer *m_retry;
    quint64 m_reconnectsSeen = 0;
    int m_failedAttempts = 0;
    bool m_lost = false;
};

} // namespace tf
