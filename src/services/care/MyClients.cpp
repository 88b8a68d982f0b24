#include "services/care/MyClients.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/CarePlans.h"
#include "services/care/CareReads.h"
#include "storage/MeetingRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"

#include <QHash>

#include <optional>

namespace tf {

QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc)
{
    QList<MyClientStatus> statuses;
    Directory directory(workspace);
    // The list's reads of clients are logged in one write.
    AccessLogger::Together oneLogWrite(workspace.accessLogger());
    const QList<Client> clients = readMyClients(workspace);
    std::optional<QHash<qint64, QString>> forumNames; // read once, when a meeting needs one
    QHash<qint64, CarePlanStatus> plans;
    for (const ClientCarePlan &plan :
        CarePlans(workspace).ofClients(clients, stockholmDate(fromUtc), AccessPurpose::MyClients))
        plans.insert(plan.client.id, plan.status);
    // The next agenda place, its checklist and the consent of every client
    // in three reads by the list of clients, whatever their number.
    QList<qint64> clientIds;
    for (const Client &client : clients)
        clientIds << client.id;
    const auto places = workspace.meetings().nextAgendaPlaces(clientIds, fromUtc);
    QList<qint64> itemIds;
    for (const auto &place : places)
        itemIds << place.agendaItemId;
    const auto checklists = workspace.care().participations(itemIds);
    const auto consents
        = workspace.consents().latestOfClients(clientIds, ConsentScope::OtherCareProviders);
    for (const Client &client : clients) {
        MyClientStatus status;
        status.client = client;
        if (const auto place = places.constFind(client.id); place != places.constEnd()) {
            status.nextMeeting = place->meeting;
            status.nextAgendaItemId = place->agendaItemId;
            if (place->meeting.templateId != 0) {
                if (!forumNames)
                    forumNames = directory.templateNames();
                status.nextMeetingForum = forumNames->value(place->meeting.templateId);
            }
            const auto checklist = checklists.constFind(place->agendaItemId);
            status.checklistDone = checklist != checklists.constEnd() && checklist->isComplete();
        }
        if (const auto consent = consents.constFind(client.id); consent != consents.constEnd())
            status.sharingConsent = *consent;
        status.carePlan = plans.value(client.id);
        statuses << status;
    }
    return statuses;
}

} // namespace tf
