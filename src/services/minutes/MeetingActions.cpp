#include "services/minutes/MeetingActions.h"

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/Transaction.h"

namespace tf {

MeetingActions::MeetingActions(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Action> MeetingActions::decidedUnder(qint64 meetingId, qint64 agendaItemId)
{
    QList<Action> decided;
    const auto actions = m_workspace.actions().byMeeting(meetingId);
    for (const Action &action : actions) {
        if (action.agendaItemId == agendaItemId && action.status != ActionStatus::Cancelled)
            decided << action;
    }
    return decided;
}

qint64 MeetingActions::record(const Action &action)
{
    Transaction transaction(m_workspace.database());
    const qint64 id = m_workspace.actions().create(action, m_workspace.actorId());
    transaction.commit();
    return id;
}

void MeetingActions::setStatus(qint64 actionId, ActionStatus status)
{
    Transaction transaction(m_workspace.database());
    if (auto stored = m_workspace.actions().byId(actionId)) {
        stored->status = status;
        m_workspace.actions().save(*stored, m_workspace.actorId());
    }
    transaction.commit();
}

} // namespace tf
