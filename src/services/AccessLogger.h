#pragma once

#include "domain/AccessLogEntry.h"

#include <QHash>
#include <QList>

namespace tf {

class Workspace;

// One read to record: which client, what and why.
struct AccessRead
{
    qint64 clientId = 0;
    AccessKind kind = AccessKind::ClientRecord;
    AccessPurpose purpose = AccessPurpose::MyClients;
    qint64 meetingId = 0;
};

// Records in the access log that the workspace's person (actorId) read a
// client's personal data, where it is read: the services that return such
// data (CareReads, MinutesDocument, MinutesSearch, AccessLogReview) call it
// once per opened client, list, meeting or command, never per row shown;
// views never call it (a view may group one action's reads with Together). The same read repeated
// within a few minutes (a view refreshed) is recorded once.
//
// Recording never stops the reading: on a read-only database, or when the
// write fails, the read goes on and the program's log gets a warning (ids
// only).
class AccessLogger
{
public:
    explicit AccessLogger(Workspace &workspace);

    void clientRead(qint64 clientId, AccessKind kind, AccessPurpose purpose, qint64 meetingId = 0);
    // One entry per distinct client, written in one transaction.
    void clientsRead(const QList<qint64> &clientIds, AccessKind kind, AccessPurpose purpose,
        qint64 meetingId = 0);
    // Several reads in one transaction (a view showing several meetings).
    void read(const QList<AccessRead> &reads);

    // How long a repeated identical read is not recorded again.
    static constexpr int kRepeatSeconds = 300;

    // The reads recorded while one lives are written together when the last
    // one ends: one transaction for all the reads of one user action (the
    // panels of an opened meeting), not one per panel.
    class Together
    {
    public:
        explicit Together(AccessLogger &logger);
        ~Together();
        Together(const Together &) = delete;
        Together &operator=(const Together &) = delete;

    private:
        AccessLogger &m_logger;
    };

private:
    void write(const QList<AccessRead> &reads);

    Workspace &m_workspace;
    int m_together = 0;
    QList<AccessRead> m_pending;
    QHash<QString, QDateTime> m_lastRecorded;
    bool m_warnedReadOnly = false;
};

} // namespace tf
