#include "services/care/ActionsWithClients.h"

#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ActionScope.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSet.h"
#include "storage/ReadBatch.h"

namespace tf {

Later<ActionsWithClients> actionsWithClients(
    ReadBatch &batch, Workspace &workspace, const ActionScope &scope)
{
    auto actions = workspace.actions().select(batch, scope);
    auto clients = workspace.clients().inSet(batch, ClientSet::ofActions(scope));
    return batch.derive<ActionsWithClients>([actions, clients]() mutable {
        ActionsWithClients read;
        read.actions = actions.take();
        for (const Client &client : clients.get())
            read.clientNames.insert(client.id, client.name);
        return read;
    });
}

ActionsWithClients openActionsOf(Workspace &workspace, qint64 personId)
{
    return readAlone(workspace.database(), [&](ReadBatch &batch) {
        return actionsWithClients(batch, workspace, ActionScope::openOf(personId));
    });
}

} // namespace tf
