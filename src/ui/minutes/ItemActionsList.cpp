#include "ui/minutes/ItemActionsList.h"

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/PersonRepository.h"

namespace tf {

ItemActionsList::ItemActionsList(Workspace &workspace, QWidget *parent)
    : QListWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("itemActionsListWidget"));
    setAccessibleName(tr("Actions decided under this item"));
    setMaximumHeight(140);
}

void ItemActionsList::showItem(qint64 meetingId, qint64 agendaItemId)
{
    clear();
    if (agendaItemId == 0)
        return;
    const auto actions = m_workspace.actions().byMeeting(meetingId);
    for (const Action &action : actions) {
        if (action.agendaItemId != agendaItemId || action.status == ActionStatus::Cancelled)
            continue;
        const auto person = m_workspace.people().byId(action.responsibleId);
        QString text
            = QStringLiteral("%1 – %2").arg(action.what, person ? person->name : QString());
        if (action.dueDate.isValid())
            text += tr(", by %1").arg(action.dueDate.toString(Qt::ISODate));
        if (action.followUpDays > 0)
            text += tr(", follow-up after %n days", nullptr, action.followUpDays);
        addItem(text);
    }
}

} // namespace tf
