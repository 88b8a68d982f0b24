#include "services/care/AfterMeetingReads.h"

#include "services/Workspace.h"
#include "storage/ActionScope.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
#include "storage/care/SipRepository.h"

namespace tf {

ContactAfterMeetingRead readContactAfterMeeting(Workspace &workspace, qint64 personId)
{
    ReadBatch batch(workspace.database());
    auto feedback = readFeedbackDue(batch, workspace, personId);
    auto open = actionsWithClients(batch, workspace, ActionScope::openOf(personId));
    auto journal = JournalDuties(workspace).dueFor(batch, personId);
    batch.exec();
    return {feedback.take(), open.take(), journal.take()};
}

NurseAfterMeetingRead readNurseAfterMeeting(Workspace &workspace, qint64 personId)
{
    return readAlone(workspace.database(),
        [&](ReadBatch &batch) { return readNurseAfterMeeting(batch, workspace, personId); });
}

Later<NurseAfterMeetingRead> readNurseAfterMeeting(
    ReadBatch &batch, Workspace &workspace, qint64 personId)
{
    auto open = actionsWithClients(batch, workspace, ActionScope::openOf(personId));
    auto journal = JournalDuties(workspace).dueFor(batch, personId);
    auto needs = workspace.sip().open(batch, personId);
    auto clients = workspace.clients().inSet(batch, ClientSet::ofOpenSipNeeds(personId));
    auto meetings = workspace.meetings().ofOpenSipNeeds(batch, personId);
    auto forumNames = workspace.templates().names(batch);
    return batch.derive<NurseAfterMeetingRead>(
        [open, journal, needs, clients, meetings, forumNames]() mutable {
            NurseAfterMeetingRead read;
            read.openActions = open.take();
            read.journal = journal.take();
            read.sipNeeds = needs.take();
            for (const Client &client : clients.get())
                read.sipClientNames.insert(client.id, client.name);
            for (Meeting &meeting : meetings.take())
                read.sipMeetings.insert(meeting.id, std::move(meeting));
            read.forumNames = forumNames.take();
            return read;
        });
}

} // namespace tf
