#pragma once

#include "domain/PurgeProtocol.h"

#include <QList>

namespace tf {

class Database;

// An approved (locked) meeting whose agenda had items about a client.
struct LockedMeetingItems
{
    qint64 meetingId = 0;
    int items = 0;
};

// The rows of a purge (gallring) and its protocol. The purge joins the
// caller's Transaction.
class RetentionPurgeRepository
{
public:
    explicit RetentionPurgeRepository(Database &db);

    // The locked meetings with agenda items about the client.
    QList<LockedMeetingItems> lockedMeetingsAbout(qint64 clientId);
    // Removes every row about the client and then the client: notes,
    // participation, addenda and actions of their agenda items, the items,
    // SBAR, SIP, consent, risk assessments, admission, next-meeting and
    // rotation choices, handovers, and (by cascade) the access log. Locked
    // minutes let these rows go only while the client is listed in
    // retention_purging, which this does first and undoes last. Returns the
    // rows removed per table; tables with none are left out.
    QList<PurgeCount> purgeClient(qint64 clientId, qint64 actorId);
    // Stores the protocol with its items; returns its id.
    qint64 saveProtocol(const PurgeProtocol &protocol);
    // Every protocol with its items, oldest first.
    QList<PurgeProtocol> protocols();
    // SQLite: moves everything in the write-ahead log into the file and
    // empties the log (checkpoint with truncate), so no page with removed
    // data is left in it. False when another connection's read held part of
    // it back. PostgreSQL: nothing to do here (the server's VACUUM).
    bool truncateWriteAheadLog();

private:
    Database &m_db;
};

} // namespace tf
