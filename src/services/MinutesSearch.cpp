#include "services/MinutesSearch.h"

#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "storage/SearchRepository.h"

namespace tf {

QList<SearchHit> searchMinutes(Workspace &workspace, const QString &query,
    const QList<qint64> &unitIds, AccessPurpose purpose, int offset)
{
    const QList<SearchHit> hits
        = workspace.search().search(query, unitIds, kSearchPageSize, offset);
    QList<qint64> clients;
    for (const SearchHit &hit : hits)
        clients << hit.clientId;
    workspace.accessLogger().clientsRead(clients, AccessKind::Search, purpose);
    return hits;
}

int countSearchHits(Workspace &workspace, const QString &query, const QList<qint64> &unitIds)
{
    return workspace.search().count(query, unitIds);
}

} // namespace tf
