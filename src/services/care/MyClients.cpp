#include "services/care/MyClients.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlans.h"
#include "services/care/CareReads.h"
#include "services/care/ClientRecords.h"

#include <QHash>

#include <optional>

namespace tf {

QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc)
{
    QList<MyClientStatus> statuses;
    ClientRecords records(workspace);
    Directory directory(workspace);
    // The list's reads of clients are logged in one write.
    AccessLogger::Together oneLogWrite(workspace.accessLogger());
    const QList<Client> clients = readMyClients(workspace);
    std::optional<QHash<qint64, QString>> forumNames; // read once, when a meeting needs one
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
            if (place->meeting.templateId != 0) {
                if (!forumNames)
                    forumNames = directory.templateNames();
                status.nextMeetingForum = forumNames->value(place->meeting.templateId);
            }
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
