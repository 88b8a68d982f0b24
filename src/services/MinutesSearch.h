#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Minutes.h"

#include <QList>

namespace tf {

class Workspace;

// Searches minutes, actions, addenda and agenda titles
// (SearchRepository::search): one page of hits, newest first, from `offset`
// on. Records in the access log that the workspace's person read the clients
// the hits are about: a hit shows a piece of the client's notes.
QList<SearchHit> searchMinutes(Workspace &workspace, const QString &query,
    const QList<qint64> &unitIds, AccessPurpose purpose, int offset = 0);
// How many hits the search has in all (no client's text is read).
int countSearchHits(Workspace &workspace, const QString &query, const QList<qint64> &unitIds);

} // namespace tf
