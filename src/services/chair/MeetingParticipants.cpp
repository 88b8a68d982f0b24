#include "services/chair/MeetingParticipants.h"

#include "services/SubstituteRule.h"
#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"

namespace tf {

MeetingParticipants::MeetingParticipants(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Participant> MeetingParticipants::of(qint64 meetingId)
{
    return meetingId > 0 ? m_workspace.meetings().participants(meetingId) : QList<Participant>();
}

int MeetingParticipants::save(const Participant &participant)
{
    Transaction transaction(m_workspace.database());
    refuseCalledSubstitute(m_workspace, participant);
    const int version = m_workspace.meetings().setParticipant(participant, m_workspace.actorId());
    transaction.commit();
    return version;
}

void MeetingParticipants::remove(qint64 meetingId, qint64 personId)
{
    Transaction transaction(m_workspace.database());
    m_workspace.meetings().removeParticipant(meetingId, personId, m_workspace.actorId());
    transaction.commit();
}

} // namespace tf
