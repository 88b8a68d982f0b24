#include "services/care/CareMeetings.h"

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/chair/CoordinatedUnits.h"
#include "storage/ClientRepository.h"
#include "storage/CoordinatedUnitRepository.h"
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
    const QDate day = stockholmDate(fromUtc);
    for (qint64 clientId : workspace.care().clientsOfClinician(personId, day))
        found.clientIds.insert(clientId);
    if (found.clientIds.isEmpty())
        return found;
    // Every unit serving the clients, and the areas whose samordningsmöte
    // coordinates one of them: a shared client is raised there (seed 001).
    QList<qint64> units = workspace.care().unitsServingClientsOfClinician(personId, day);
    units << CoordinatedUnitRepository(workspace.database())
                 .coordinatorsOf(units, CoordinatedUnits::forum());
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    for (qint64 unitId : units)
        found.meetings << workspace.meetings().byUnit(unitId, fromUtc, toUtc);
    std::sort(found.meetings.begin(), found.meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    found.meetings.removeIf(
        [](const Meeting &meeting) { return meeting.status == MeetingStatus::Cancelled; });
    return found;
}

} // namespace tf
