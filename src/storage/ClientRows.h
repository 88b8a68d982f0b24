#pragma once

#include "domain/Client.h"

#include <QList>
#include <QString>

namespace tf {

class Query;

// How a client row is read, for the repositories that return clients
// (ClientRepository, ClientUnitRepository): the SELECT up to FROM client and
// the row it gives.
QString clientSelect();
Client readClient(const Query &query);
QList<Client> readClients(Query &query);

} // namespace tf
