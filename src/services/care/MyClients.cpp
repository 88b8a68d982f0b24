#include "services/care/MyClients.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlans.h"
#include "services/care/CareReads.h"
#include "services/care/ClientRecords.h"

namespace tf {

QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc)
{
    QList<MyClientStatus> statuses;
    ClientRecords records(workspace);
    Directory directory(workspace);
    const QList<Client> clients = readMyClients(workspace);
    QHash<qint64, CarePlanStatus> plans;
    for (const ClientCarePlan &plan :
        CarePlans(workspace).ofClients(clients, stockholmDate(fromUtc), AccessPurpose::MyClients))
        plans.insert(plan.client.id, plan.status);
    for (const Client &client : clients) {
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
        status.carePlan = plans.value(client.id);
        statuses << status;
    }
    return statuses;
}

} // namespace tf
