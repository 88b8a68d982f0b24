#include "ui/care/OpenActionRows.h"

#include "services/ActionList.h"
#include "services/Directory.h"

namespace tf {

QList<QStringList> OpenActionRows::of(Workspace &workspace, qint64 responsibleId)
{
    QList<QStringList> rows;
    Directory directory(workspace);
    const QDate today = QDate::currentDate();
    for (const ActionListRow &row :
        ActionList(workspace).forPerson(responsibleId, ActionFilter::Open, today)) {
        const Action &action = row.action;
        const auto client = action.clientId > 0 ? directory.client(action.clientId) : std::nullopt;
        QString due = action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString();
        if (action.isOverdue(today))
            due = tr("%1 (overdue)").arg(due);
        rows << QStringList {action.what, client ? client->name : QString(), due};
    }
    return rows;
}

} // namespace tf
