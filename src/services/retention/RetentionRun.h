#pragma once

#include "domain/PurgeProtocol.h"
#include "domain/Retention.h"

#include <QJsonObject>
#include <QList>

namespace tf {

class Workspace;

// What a purge (gallring) is asked to do.
struct RetentionRunRequest
{
    QDate asOf; // the day the rule is applied for; not after today
    CareProvider provider = CareProvider::Municipal;
    QString archiveFolder; // where preserved clients are exported
};

struct RetentionRunResult
{
    PurgeProtocol protocol;
    // SQLite: the write-ahead log was emptied into the file. False when
    // another program's read held part of it back: the log then still holds
    // purged pages until that program's next checkpoint.
    bool logTruncated = true;
};

// Purges what the retention plan says is due (decision purge) and exports
// the preserved (decision preserve) to archiveFolder as JSON
// (docs/client-export.schema.json) and PDF/A-1b, never purging them. All
// purged clients go in one transaction with the gallringsprotokoll
// (retention_purge), which names them only by a neutral number; approved
// minutes that had items about them get an addendum saying an item was
// purged on that day under the rule. On SQLite the full-text index is
// rewritten and the write-ahead log emptied afterwards (secure_delete is
// always on). The protocol is also written to archiveFolder as
// gallringsprotokoll-N.json. Throws StorageError with a Swedish message;
// nothing is purged then.
RetentionRunResult runRetention(Workspace &workspace, const RetentionRunRequest &request);

// Every gallringsprotokoll, oldest first.
QList<PurgeProtocol> purgeProtocols(Workspace &workspace);

// The protocol as the command line prints it and the archive keeps it.
QJsonObject purgeProtocolJson(const PurgeProtocol &protocol);

} // namespace tf
