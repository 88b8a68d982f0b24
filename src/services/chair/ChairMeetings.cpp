#include "services/chair/ChairMeetings.h"

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/RotationRepository.h"
#include "storage/SeriesRepository.h"

namespace tf {

ChairMeetings::ChairMeetings(Workspace &workspace)
    : m_workspace(workspace)
{ }

std::optional<Meeting> ChairMeetings::meeting(qint64 meetingId)
{
    return meetingId > 0 ? m_workspace.meetings().byId(meetingId) : std::nullopt;
}

QList<Meeting> ChairMeetings::meetingsOf(
    qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return unitId > 0 ? m_workspace.meetings().byUnit(unitId, fromUtc, toUtc) : QList<Meeting>();
}

bool ChairMeetings::isLocked(qint64 meetingId)
{
    return meetingId > 0 && m_workspace.minutes().isLocked(meetingId);
}

std::optional<MeetingSeries> ChairMeetings::series(qint64 seriesId)
{
    return m_workspace.series().byId(seriesId);
}

qint64 ChairMeetings::firstMeetingOf(qint64 seriesId)
{
    const auto meetings = m_workspace.series().meetings(seriesId);
    return meetings.isEmpty() ? 0 : meetings.first().meeting.id;
}

int ChairMeetings::meetingCountOf(qint64 seriesId)
{
    return int(m_workspace.series().meetings(seriesId).size());
}

QList<qint64> ChairMeetings::rotationClients(qint64 meetingId)
{
    return m_workspace.rotation().picks(meetingId);
}

} // namespace tf
