#pragma once

#include "domain/Action.h"

#include <QList>

namespace tf {

class Workspace;

// The actions decided at a meeting, as the secretary records them there.
// Each change is one transaction, recorded for the signed-in person.
class MeetingActions
{
public:
    explicit MeetingActions(Workspace &workspace);

    // The actions decided under one agenda item, leaving out cancelled ones.
    QList<Action> decidedUnder(qint64 meetingId, qint64 agendaItemId);
    qint64 record(const Action &action);
    // Undo cancels the recorded action, redo opens it again.
    void setStatus(qint64 actionId, ActionStatus status);

private:
    Workspace &m_workspace;
};

} // namespace tf
