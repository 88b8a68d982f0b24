#include "services/AccessLogReview.h"

#include "services/AccessLogger.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"

namespace tf {

AccessLogReview reviewAccessLog(Workspace &workspace, const AccessLogFilter &filter, int sample)
{
    AccessLogRepository &log = workspace.accessLog();
    AccessLogReview review;
    review.entries = sample > 0 ? log.sample(filter, sample) : log.find(filter);
    review.matching = log.count(filter);
    QList<qint64> clients;
    for (const AccessLogEntry &entry : std::as_const(review.entries))
        clients << entry.clientId;
    workspace.accessLogger().clientsRead(
        clients, AccessKind::AccessLog, AccessPurpose::Loggkontroll);
    return review;
}

ChainVerdict verifyAccessLog(Workspace &workspace)
{
    return workspace.accessLog().verify();
}

} // namespace tf
