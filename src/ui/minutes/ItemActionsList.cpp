#include "ui/minutes/ItemActionsList.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingActions.h"

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
    const auto actions = MeetingActions(m_workspace).decidedUnder(meetingId, agendaItemId);
    for (const Action &action : actions) {
        const auto person = m_workspace.directory().person(action.responsibleId);
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
