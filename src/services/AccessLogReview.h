#pragma once

#include "domain/AccessLogEntry.h"

namespace tf {

class Workspace;

// What a loggkontroll asked for: the entries and how many match in all.
struct AccessLogReview
{
    QList<AccessLogEntry> entries;
    qint64 matching = 0;
};

// Lists (sample 0) or samples the access log for a loggkontroll, and records
// that the workspace's person read the entries of each client shown (kind
// access_log, purpose loggkontroll): the list names the clients and who read
// them. The count is taken before, so it never counts its own record.
AccessLogReview reviewAccessLog(Workspace &workspace, const AccessLogFilter &filter, int sample);

// Checks every client's hash chain: a row changed or removed by hand shows
// as the first broken link.
ChainVerdict verifyAccessLog(Workspace &workspace);

} // namespace tf
