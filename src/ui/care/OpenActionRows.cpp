#include "ui/care/OpenActionRows.h"

#include "models/OpenActionsModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"

namespace tf {

OpenActionRows readOpenActions(Workspace &workspace, qint64 responsibleId)
{
    Directory directory(workspace);
    OpenActionRows rows;
    for (const ActionListRow &row :
        ActionList(workspace).forPerson(responsibleId, ActionFilter::Open, QDate::currentDate())) {
        rows.actions << row.action;
        const qint64 clientId = row.action.clientId;
        if (clientId > 0 && !rows.clientNames.contains(clientId)) {
            if (const auto client = directory.client(clientId))
                rows.clientNames.insert(clientId, client->name);
        }
    }
    return rows;
}

void showOpenActions(OpenActionsModel *model, const OpenActionRows &rows)
{
    model->setActions(rows.actions, rows.clientNames, QDate::currentDate());
}

void loadOpenActions(Workspace &workspace, OpenActionsModel *model, qint64 responsibleId)
{
    showOpenActions(model, readOpenActions(workspace, responsibleId));
}

} // namespace tf
