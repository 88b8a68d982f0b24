#include "services/care/CareMeetings.h"

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSet.h"
#include "storage/ReadBatch.h"
#include "storage/care/CareRepository.h"

namespace tf {

std::optional<Meeting> careMeeting(Workspace &workspace, qint64 meetingId)
{
    if (meetingId <= 0)
        return std::nullopt;
    return workspace.meetings().byId(meetingId);
}

std::optional<AgendaPlace> nextAgendaPlace(
    Workspace &workspace, qint64 clientId, const QDateTime &fromUtc)
{
    const auto entries = workspace.care().comingAgendaEntries(clientId, fromUtc);
    if (entries.isEmpty())
        return std::nullopt;
    const auto meeting = workspace.meetings().byId(entries.first().meetingId);
    if (!meeting)
        return std::nullopt;
    return AgendaPlace {*meeting, entries.first().agendaItemId};
}

MeetingSet clinicianMeetingSet(qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Every unit serving the clinician's clients, and the areas whose
    // samordningsmöte coordinates one of them: a shared client is raised
    // there (seed 001).
    const QDate day = stockholmDate(fromUtc);
    return MeetingSet::inUnits(
        UnitSet::withCoordinators(
            UnitSet::servingClients(ClientSet::ofClinician(personId, day), day),
            CoordinatedUnits::forum()),
        fromUtc, toUtc);
}

ClinicianMeetings clinicianMeetings(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return clinicianMeetings(batch, workspace, personId, fromUtc, toUtc);
    });
}

Later<ClinicianMeetings> clinicianMeetings(ReadBatch &batch, Workspace &workspace, qint64 personId,
    const QDateTime &fromUtc, const QDateTime &toUtc)
{
    auto clients = workspace.care().clientsOfClinician(batch, personId, stockholmDate(fromUtc));
    auto meetings
        = workspace.meetings().inSet(batch, clinicianMeetingSet(personId, fromUtc, toUtc));
    return batch.derive<ClinicianMeetings>([clients, meetings]() mutable {
        ClinicianMeetings found;
        for (qint64 clientId : clients.get())
            found.clientIds.insert(clientId);
        // A clinician with no clients has no meetings to prepare.
        if (!found.clientIds.isEmpty())
            found.meetings = meetings.take();
        return found;
    });
}

Later<QList<AgendaItem>> clinicianAgendaItems(ReadBatch &batch, Workspace &workspace,
    qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return workspace.meetings().agendaItemsAbout(batch,
        ClientSet::ofClinician(personId, stockholmDate(fromUtc)),
        clinicianMeetingSet(personId, fromUtc, toUtc));
}

} // namespace tf
