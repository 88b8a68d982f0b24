#pragma once

#include <QObject>
#include <QSqlDriver>

#include <functional>

class QTimer;

namespace tf {

class Database;

// Tells this client when another client has committed a change, so views
// can show it without the user asking. PostgreSQL: LISTEN on channel(); a
// trigger of migration 007 announces every change_log row, so every
// recordChange(), with its table and row id. After the connection was
// opened again the feed subscribes anew and asks for a full refresh, since
// notifications sent meanwhile are lost. SQLite: another connection's
// commit raises PRAGMA data_version, polled on a timer; the change_log rows
// since the last look then name what changed. The client's own commits are
// not reported (on SQLite they can come along with someone else's). Lives
// on the thread that owns the connection.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // SQLite: how often data_version is read; PostgreSQL: how often the
    // subscription is checked (no query is sent).
    void setPollInterval(int milliseconds);
    int pollInterval() const;
    // Looks now instead of at the next tick.
    void check();

    // PostgreSQL: the channel listened to, the prefix followed by the
    // schema's name (empty before start() and on SQLite).
    QString channel() const { return m_channel; }
    static QString channelPrefix();
    // "table:rowId", what each notification names; its text also names the
    // sender's server process: "table:rowId:pid" (migration 033).
    static QString payload(const QString &table, qint64 rowId);
    // PostgreSQL: which other server sessions are this client's own (the
    // notes writer's connection); their commits are not reported either.
    void setAlsoOwn(std::function<bool(int backendPid)> isOwn) { m_alsoOwn = std::move(isOwn); }

Q_SIGNALS:
    // A row of table changed. An empty table means "something may have
    // changed, read everything again" (after a reconnect, a large batch, or
    // a bulk load without change_log rows).
    void changed(const QString &table, qint64 rowId);

private:
    bool subscribe();
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    qint64 readDataVersion();
    void announceLoggedChanges();
    qint64 lastLogId();

    Database &m_db;
    QTimer *m_timer;
    QSqlDriver *m_driver = nullptr;
    QString m_channel;
    qint64 m_dataVersion = -1;
    qint64 m_lastLogId = 0; // SQLite: the change_log rows already announced
    bool m_running = false;
    std::function<bool(int)> m_alsoOwn;
};

} // namespace tf
