#include "ui/minutes/ActionRecorder.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingActions.h"
#include "ui/common/Guarded.h"
#include "ui/minutes/ActionDialog.h"
#include "ui/minutes/ChangeCommand.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QUndoStack>

#include <algorithm>

namespace tf {

ActionRecorder::ActionRecorder(
    Workspace &workspace, MinutesEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : m_workspace(workspace)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_parent(parent)
{ }

void ActionRecorder::record(const Meeting &meeting, const QList<Person> &participants)
{
    QList<Person> people = participants;
    const auto team
        = m_workspace.directory().peopleEmployedOn(stockholmDate(QDateTime::currentDateTimeUtc()));
    for (const Person &person : team) {
        const bool known = std::any_of(
            people.begin(), people.end(), [&](const Person &p) { return p.id == person.id; });
        if (!known)
            people << person;
    }
    QWidget *typing = QApplication::focusWidget();
    ActionDialog dialog(people, m_editor->currentLine(), stockholmDate(meeting.startUtc), m_parent);
    const int result = dialog.exec();
    if (typing)
        typing->setFocus(); // the secretary goes on writing where she was
    if (result != QDialog::Accepted)
        return;
    Action action = dialog.action();
    const AgendaItem item = m_editor->currentItem();
    action.meetingId = meeting.id;
    action.agendaItemId = item.id;
    action.clientId = item.clientId;
    qint64 id = 0;
    if (!runGuarded(m_parent, tr("The action was not saved"),
            [&] { id = MeetingActions(m_workspace).record(action); }))
        return;
    // The stack's commands may outlive this recorder; they hold what they use.
    const auto setStatus = [&workspace = m_workspace, editor = m_editor, parent = m_parent, id](
                               ActionStatus status) {
        runGuarded(
            parent, tr("Not saved"), [&] { MeetingActions(workspace).setStatus(id, status); });
        editor->refreshActions();
    };
    m_undoStack->push(new ChangeCommand(
        tr("new action"), [setStatus] { setStatus(ActionStatus::Open); },
        [setStatus] { setStatus(ActionStatus::Cancelled); }, true));
    m_editor->refreshActions();
}

} // namespace tf
