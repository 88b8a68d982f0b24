#pragma once

#include "domain/Action.h"

#include <QHash>
#include <QList>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// The actions decided at a meeting, as meeting mode shows them under their
// items: what, who and by when.
struct DecidedActions
{
    QList<Action> actions;
    QHash<qint64, QString> responsibleNames; // by person id
};

// The actions decided at a meeting, as the secretary records them there.
// Each change is one transaction, recorded for the signed-in person.
class MeetingActions
{
public:
    explicit MeetingActions(Workspace &workspace);

    // The actions decided under one agenda item, leaving out cancelled ones.
    QList<Action> decidedUnder(qint64 meetingId, qint64 agendaItemId);
    // The same, of the meeting's actions as read.
    static QList<Action> decidedUnder(const QList<Action> &meetingActions, qint64 agendaItemId);
    // Every action decided at the meeting, cancelled ones included, with
    // the names of those responsible: alone, or with a batch's other reads.
    DecidedActions read(qint64 meetingId);
    Later<DecidedActions> read(ReadBatch &batch, qint64 meetingId);
    qint64 record(const Action &action);
    // Undo cancels the recorded action, redo opens it again.
    void setStatus(qint64 actionId, ActionStatus status);

private:
    Workspace &m_workspace;
};

} // namespace tf
