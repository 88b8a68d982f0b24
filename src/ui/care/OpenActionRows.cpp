#include "ui/care/OpenActionRows.h"

#include "models/OpenActionsModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"

namespace tf {

void loadOpenActions(Workspace &workspace, OpenActionsModel *model, qint64 responsibleId)
{
    Directory directory(workspace);
    const QDate today = QDate::currentDate();
    QList<Action> actions;
    QHash<qint64, QString> clientNames;
    for (const ActionListRow &row :
        ActionList(workspace).forPerson(responsibleId, ActionFilter::Open, today)) {
        actions << row.action;
        const qint64 clientId = row.action.clientId;
        if (clientId > 0 && !clientNames.contains(clientId)) {
            if (const auto client = directory.client(clientId))
                clientNames.insert(clientId, client->name);
        }
    }
    model->setActions(actions, clientNames, today);
}

} // namespace tf
