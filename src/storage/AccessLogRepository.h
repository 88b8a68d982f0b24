#pragma once

#include "domain/AccessLogEntry.h"
#include "storage/AccessLogChain.h"

#include <QList>
#include <QSet>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The access log: reads of clients' personal data. Entries can only be
// added; there is deliberately no way to change or remove one here (the
// schema refuses updates and deletes too). Removing a client removes its
// entries. Each entry is linked into its client's hash chain
// (AccessLogChain).
class AccessLogRepository
{
public:
    explicit AccessLogRepository(Database &db);

    // Adds the entries in one transaction; an entry without a time gets now.
    void record(const QList<AccessLogEntry> &entries);
    void record(const AccessLogEntry &entry) { record(QList<AccessLogEntry> {entry}); }

    // Newest first, at most filter.limit entries.
    QList<AccessLogEntry> find(const AccessLogFilter &filter);
    qint64 count(const AccessLogFilter &filter);
    // A random sample (stickprov) of `size` entries matching the filter
    // (its limit aside), oldest first. Different every time, so nobody can
    // predict which reads are looked at.
    QList<AccessLogEntry> sample(const AccessLogFilter &filter, int size);

    // The units whose clients' data was read in [fromUtc, toUtc), in one
    // read: each client's entries are looked up by its index until one is
    // found, so the cost follows the clients, not the log's length.
    QSet<qint64> unitsRead(const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QSet<qint64>> unitsRead(
        ReadBatch &batch, const QDateTime &fromUtc, const QDateTime &toUtc);

    // The newest entry's id (0 for an empty log): what a check drew from.
    qint64 lastId();

    // Checks every entry's link and hash (AccessLogChain::verify).
    ChainVerdict verify();

    // The SQL condition that the reader of an entry (alias a) had a care
    // relation to its client (alias c): the client's roles, the unit's team
    // or a meeting of the unit.
    static const QString &careRelationCondition();
    // The same for entries of one unit: the unit's meetings' participants
    // are read once, as a set. The condition has one `?`, to be bound to
    // the unit's id.
    static const QString &careRelationInUnitCondition();

private:
    Database &m_db;
};

} // namespace tf
