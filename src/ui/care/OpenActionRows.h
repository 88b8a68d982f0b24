#pragma once

#include "domain/Action.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class OpenActionsModel;
class Workspace;

// The person's open actions as the care views list them, each with its
// client's name.
struct OpenActionRows
{
    QList<Action> actions;
    QHash<qint64, QString> clientNames;
};

OpenActionRows readOpenActions(Workspace &workspace, qint64 responsibleId);
void showOpenActions(OpenActionsModel *model, const OpenActionRows &rows);
// Reads and shows them.
void loadOpenActions(Workspace &workspace, OpenActionsModel *model, qint64 responsibleId);

} // namespace tf
