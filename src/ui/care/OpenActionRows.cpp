#include "ui/care/OpenActionRows.h"

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"

namespace tf {

QList<QStringList> OpenActionRows::of(Workspace &workspace, qint64 responsibleId)
{
    QList<QStringList> rows;
    for (const Action &action :
        workspace.actions().byResponsible(responsibleId, ActionStatus::Open)) {
        const auto client = workspace.clients().byId(action.clientId);
        QString due = action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString();
        if (action.isOverdue(QDate::currentDate()))
            due = tr("%1 (overdue)").arg(due);
        rows << QStringList {action.what, client ? client->name : QString(), due};
    }
    return rows;
}

} // namespace tf
