#pragma once

#include <QList>
#include <QString>

namespace tf {
class Database;
}

namespace tf::bench {

class RawStatements;

// The access-log entries a real read writes, the shortest way: one
// transaction, the clients' chain heads in one read, one insert. kind and
// purpose are the stored keys; meetingId 0 is stored as no meeting.
// Returns how many entries were written.
qsizetype rawLogReads(Database &db, RawStatements &raw, const QList<qint64> &clients,
    const QString &kind, const QString &purpose, qint64 meetingId);

} // namespace tf::bench
