#include "services/chair/UnitClients.h"

#include "services/ClientUnits.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/TeamRepository.h"
#include "storage/Transaction.h"

namespace tf {

UnitClients::UnitClients(Workspace &workspace)
    : m_workspace(workspace)
{ }

UnitPlanning UnitClients::planning(const Unit &unit)
{
    return m_workspace.teams().planning(unit.id, unit.serviceType);
}

QList<Client> UnitClients::saveAll(
    const Unit &unit, QList<Client> changed, const UnitPlanning &wanted)
{
    for (Client &client : changed)
        client.version = m_workspace.clients().save(client, m_workspace.actorId());
    UnitPlanning planning = this->planning(unit);
    planning.scheme = wanted.scheme;
    planning.clientsPerMeeting = wanted.clientsPerMeeting;
    planning.leadDays = wanted.leadDays;
    m_workspace.teams().savePlanning(planning, m_workspace.actorId());
    return changed;
}

QList<Client> UnitClients::save(const Unit &unit, QList<Client> changed, const UnitPlanning &wanted)
{
    Transaction transaction(m_workspace.database());
    changed = saveAll(unit, std::move(changed), wanted);
    transaction.commit();
    return changed;
}

QList<Client> UnitClients::saveAndAdd(const Unit &unit, const QList<Client> &changed,
    const UnitPlanning &wanted, const Client &newClient, QString *notice)
{
    Transaction transaction(m_workspace.database());
    QList<Client> saved = saveAll(unit, changed, wanted);
    const auto registered
        = ClientUnits(m_workspace).registerClient(newClient, AccessPurpose::UnitClients);
    transaction.commit();
    if (notice)
        *notice = registered.message;
    return saved;
}

} // namespace tf
