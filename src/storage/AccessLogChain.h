#pragma once

#include "domain/AccessLogEntry.h"

#include <QHash>
#include <QString>

namespace tf {

class Database;
class ReadBatch;

// The fields of one access-log entry as stored, which its hash covers.
struct ChainedEntry
{
    QString accessedAt; // the stored text, ISO 8601 UTC
    qint64 personId = 0; // 0: NULL
    qint64 clientId = 0;
    QString kind;
    QString purpose;
    qint64 meetingId = 0; // 0: NULL
};

struct ChainLink
{
    QString prevHash; // the client's previous row_hash, empty for its first entry
    QString rowHash;
};

// The access log's hash chains, one per client in id order: every entry
// holds the row_hash of the client's previous entry (prev_hash) and a
// SHA-256 over its fields and prev_hash (row_hash). A change made by hand to
// an entry breaks its hash; an entry removed breaks the next one's link.
// Removing a client takes its whole chain, so the others stay whole.
class AccessLogChain
{
public:
    // With lookUpHeads, the first entry of a client links to the newest
    // stored entry of that client; without, to nothing (a new database).
    // Appending needs the chain serial: inside a write transaction that holds
    // the dialect's serialAppendLock().
    explicit AccessLogChain(Database &db, bool lookUpHeads = true);

    // Reads the newest stored entry of each client not yet known, all in
    // one statement, so appending to many clients' chains costs no read each.
    void lookUpHeadsOf(const QList<qint64> &clientIds);
    // The same read sent with the batch's other statements.
    void lookUpHeadsOf(ReadBatch &batch, const QList<qint64> &clientIds);
    ChainLink append(const ChainedEntry &entry);

    static QString hashOf(const QString &prevHash, const ChainedEntry &entry);
    // Takes the lock that keeps the chain serial; call in the transaction.
    static void lock(Database &db);
    static void lock(ReadBatch &batch, Database &db);
    // After the migration that added the chain: hashes the entries written
    // before it, once. Does nothing when that is done.
    static void chainPending(Database &db);
    // Reads every entry and checks each link and hash.
    static ChainVerdict verify(Database &db);

private:
    Database &m_db;
    bool m_lookUpHeads;
    QHash<qint64, QString> m_heads;
};

} // namespace tf
