#pragma once

#include "domain/Meeting.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>

class QUndoStack;
class QWidget;

namespace tf {

class MinutesEditor;
class Workspace;

// Records a new action during a meeting: the action dialog (who, what, by
// when) over the current agenda item, then an undoable step. Undone, the
// action is cancelled (kept for the record); redone, it is open again.
class ActionRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ActionRecorder)
public:
    ActionRecorder(
        Workspace &workspace, MinutesEditor *editor, QUndoStack *undoStack, QWidget *parent);

    // participants come first in the list of who can be responsible, then
    // the rest of the active staff. Dates are proposed from the meeting's day.
    void record(const Meeting &meeting, const QList<Person> &participants);

private:
    Workspace &m_workspace;
    MinutesEditor *m_editor;
    QUndoStack *m_undoStack;
    QWidget *m_parent;
};

} // namespace tf
