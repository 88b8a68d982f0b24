#include "services/minutes/MeetingActions.h"

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ActionScope.h"
#include "storage/PersonRepository.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

MeetingActions::MeetingActions(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Action> MeetingActions::decidedUnder(qint64 meetingId, qint64 agendaItemId)
{
    return decidedUnder(m_workspace.actions().byMeeting(meetingId), agendaItemId);
}

DecidedActions MeetingActions::read(qint64 meetingId)
{
    return readAlone(
        m_workspace.database(), [&](ReadBatch &batch) { return read(batch, meetingId); });
}

Later<DecidedActions> MeetingActions::read(ReadBatch &batch, qint64 meetingId)
{
    const ActionScope scope = ActionScope::ofMeeting(meetingId);
    auto actions = m_workspace.actions().select(batch, scope);
    auto responsible = m_workspace.people().responsibleFor(batch, scope);
    return batch.derive<DecidedActions>([actions, responsible]() mutable {
        DecidedActions decided;
        decided.actions = actions.take();
        for (const Person &person : responsible.get())
            decided.responsibleNames.insert(person.id, person.name);
        return decided;
    });
}

QList<Action> MeetingActions::decidedUnder(const QList<Action> &meetingActions, qint64 agendaItemId)
{
    QList<Action> decided;
    for (const Action &action : meetingActions) {
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
