#include "services/care/MyClients.h"

#include "services/Directory.h"
#include "services/care/CareMeetings.h"
#include "services/care/CareReads.h"
#include "services/care/ClientRecords.h"

namespace tf {

QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc)
{
    QList<MyClientStatus> statuses;
    ClientRecords records(workspace);
    Directory directory(workspace);
    for (const Client &client : readMyClients(workspace)) {
        MyClientStatus status;
        status.client = client;
        if (const auto place = nextAgendaPlace(workspace, client.id, fromUtc)) {
            status.nextMeeting = place->meeting;
            status.nextAgendaItemId = place->agendaItemId;
            if (place->meeting.templateId != 0)
                status.nextMeetingForum = directory.templateName(place->meeting.templateId);
            const auto participation = records.participation(place->agendaItemId);
            status.checklistDone = participation && participation->isComplete();
        }
        status.sharingConsent = records.latestConsent(client.id, ConsentScope::OtherCareProviders);
        statuses << status;
    }
    return statuses;
}

} // namespace tf
