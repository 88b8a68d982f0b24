#include "ui/care/OpenActionRows.h"

#include "models/OpenActionsModel.h"

#include <QDate>

namespace tf {

void showOpenActions(OpenActionsModel *model, const ActionsWithClients &rows)
{
    model->setActions(rows.actions, rows.clientNames, QDate::currentDate());
}

} // namespace tf
