#include "services/staff/InsatsEnds.h"

#include "domain/InsatsEnd.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Transaction.h"

namespace tf {

InsatsEnds::InsatsEnds(Workspace &workspace)
    : m_workspace(workspace)
{ }

Client InsatsEnds::endInsats(qint64 clientId, const QDate &endsOn, const QString &reason,
    int version, const QList<qint64> &closeActionIds)
{
    if (endsOn.isValid() && !isInsatsEndReason(reason))
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Ange varför insatsen upphör: flyttat, avlidit eller avslutad."));
    Transaction transaction(m_workspace.database());
    auto client = m_workspace.clients().byId(clientId);
    if (!client)
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Det finns ingen kund med id %1.").arg(clientId));
    if (version > 0)
        client->version = version;
    client->version = m_workspace.clients().setInsatsEnd(
        *client, endsOn, endsOn.isValid() ? reason : QString(), m_workspace.actorId());
    client->insatsEndsOn = endsOn;
    client->insatsEndReason = endsOn.isValid() ? reason : QString();
    closeActions(closeActionIds);
    transaction.commit();
    return *client;
}

QList<Action> InsatsEnds::openActionsAbout(qint64 clientId)
{
    QList<Action> open;
    for (const Action &action : m_workspace.actions().byClient(clientId)) {
        if (action.status == ActionStatus::Open)
            open << action;
    }
    return open;
}

int InsatsEnds::closeActions(const QList<qint64> &actionIds)
{
    Transaction transaction(m_workspace.database());
    int closed = 0;
    for (qint64 id : actionIds) {
        auto action = m_workspace.actions().byId(id);
        if (!action)
            throw StorageError(
                StorageError::Kind::NotFound, QStringLiteral("Åtgärden finns inte längre."));
        if (action->status != ActionStatus::Open)
            continue;
        m_workspace.actions().markDone(*action, m_workspace.actorId());
        ++closed;
    }
    transaction.commit();
    return closed;
}

} // namespace tf
