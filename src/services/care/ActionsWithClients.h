#pragma once

#include "domain/Action.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tf {

class ReadBatch;
class Workspace;
struct ActionScope;
template <typename T> class Later;

// Actions as a care view lists them, each with its client's name.
struct ActionsWithClients
{
    QList<Action> actions; // by due date
    QHash<qint64, QString> clientNames; // by client id; none for an action about no client
};

// The scope's actions and their clients' names, added to the batch: the
// actions and the clients are read by the same scope, so both go in the
// batch's one round trip, however many clients.
Later<ActionsWithClients> actionsWithClients(
    ReadBatch &batch, Workspace &workspace, const ActionScope &scope);

// The person's open actions with their clients' names: one read.
ActionsWithClients openActionsOf(Workspace &workspace, qint64 personId);

} // namespace tf
