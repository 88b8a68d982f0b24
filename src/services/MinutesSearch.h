#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Minutes.h"

#include <QList>

namespace tf {

class Workspace;

// Searches minutes, actions and addenda (SearchRepository::search) and
// records in the access log that the workspace's person read the clients the
// hits are about: a hit shows a piece of the client's notes.
QList<SearchHit> searchMinutes(Workspace &workspace, const QString &query,
    const QList<qint64> &unitIds, AccessPurpose purpose);

} // namespace tf
