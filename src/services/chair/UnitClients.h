#pragma once

#include "domain/Client.h"
#include "domain/TeamPlanning.h"
#include "domain/Unit.h"

#include <QList>

namespace tf {

class Workspace;

// The chair's changes to a unit's clients and to how its teammöten rotate
// through them: what the dialog shows is saved together or not at all,
// each change to the client version read.
class UnitClients
{
public:
    explicit UnitClients(Workspace &workspace);

    UnitPlanning planning(const Unit &unit);
    // Saves the changed clients and the unit's rotation and lead time (taken
    // from `wanted`) in one transaction; returns the clients with their new
    // versions.
    QList<Client> save(const Unit &unit, QList<Client> changed, const UnitPlanning &wanted);
    // The same, and registers `newClient` at the unit (ClientUnits): a
    // person another unit already serves is that client, served here too,
    // and `notice` then says so in Swedish (else it is cleared). Returns
    // the saved clients.
    QList<Client> saveAndAdd(const Unit &unit, const QList<Client> &changed,
        const UnitPlanning &wanted, const Client &newClient, QString *notice = nullptr);

private:
    QList<Client> saveAll(const Unit &unit, QList<Client> changed, const UnitPlanning &wanted);

    Workspace &m_workspace;
};

} // namespace tf
