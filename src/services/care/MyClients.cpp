#include "services/care/MyClients.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/CarePlans.h"
#include "services/care/CareReads.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"

#include <QHash>

#include <optional>

namespace tf {

QList<MyClientStatus> readMyClientStatuses(Workspace &workspace, const QDateTime &fromUtc)
{
    QList<MyClientStatus> statuses;
    // The list's reads of clients are logged in one write.
    AccessLogger::Together oneLogWrite(workspace.accessLogger());
    // Every read names the clients by the contact person, so all go
    // together: on PostgreSQL one round trip, whatever their number.
    const ClientSet mine = ClientSet::ofContactPerson(
        workspace.actorId(), stockholmDate(QDateTime::currentDateTimeUtc()));
    ReadBatch batch(workspace.database());
    auto myClients = readMyClients(batch, workspace, mine);
    auto carePlans = CarePlans(workspace).ofClients(
        batch, mine, myClients, stockholmDate(fromUtc), AccessPurpose::MyClients);
    auto nextPlaces = workspace.meetings().nextAgendaPlaces(batch, mine, fromUtc);
    auto comingChecklists = workspace.care().participationsOfComingItems(batch, mine, fromUtc);
    auto latestConsents
        = workspace.consents().latestOfClients(batch, mine, ConsentScope::OtherCareProviders);
    auto names = workspace.templates().names(batch);
    batch.exec();
    const QList<Client> &clients = myClients.get();
    QHash<qint64, CarePlanStatus> plans;
    for (const ClientCarePlan &plan : carePlans.get())
        plans.insert(plan.client.id, plan.status);
    const auto &places = nextPlaces.get();
    const auto &checklists = comingChecklists.get();
    const auto &consents = latestConsents.get();
    const QHash<qint64, QString> &forumNames = names.get();
    for (const Client &client : clients) {
        MyClientStatus status;
        status.client = client;
        if (const auto place = places.constFind(client.id); place != places.constEnd()) {
            status.nextMeeting = place->meeting;
            status.nextAgendaItemId = place->agendaItemId;
            status.nextMeetingForum = forumNames.value(place->meeting.templateId);
            const auto checklist = checklists.constFind(place->agendaItemId);
            if (checklist != checklists.constEnd()) {
                status.checklist = *checklist;
                status.checklistDone = checklist->isComplete();
            }
        }
        if (const auto consent = consents.constFind(client.id); consent != consents.constEnd())
            status.sharingConsent = *consent;
        status.carePlan = plans.value(client.id);
        statuses << status;
    }
    return statuses;
}

} // namespace tf
