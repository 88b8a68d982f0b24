#include "services/care/BeforeMeetingPage.h"

#include "services/Workspace.h"
#include "storage/ReadBatch.h"

namespace tf {

BeforeMeetingPage readBeforeMeetingPage(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    ReadBatch batch(workspace.database());
    auto coming = readComingAgendas(batch, workspace, personId, fromUtc, toUtc);
    auto afterMeeting = readNurseAfterMeeting(batch, workspace, personId);
    batch.exec();
    return {coming.take(), afterMeeting.take()};
}

} // namespace tf
