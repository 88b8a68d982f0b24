#include "services/care/CareMeetings.h"

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/CareRepository.h"

#include <algorithm>

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

ClinicianMeetings clinicianMeetings(
    Workspace &workspace, qint64 personId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    ClinicianMeetings found;
    QSet<qint64> units;
    for (qint64 clientId : workspace.care().clientsOfClinician(personId, stockholmDate(fromUtc))) {
        found.clientIds.insert(clientId);
        if (const auto client = workspace.clients().byId(clientId))
            units.insert(client->unitId);
    }
    for (qint64 unitId : units)
        found.meetings << workspace.meetings().byUnit(unitId, fromUtc, toUtc);
    std::sort(found.meetings.begin(), found.meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    found.meetings.removeIf(
        [](const Meeting &meeting) { return meeting.status == MeetingStatus::Cancelled; });
    return found;
}

} // namespace tf
