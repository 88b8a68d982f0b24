#pragma once

#include "domain/Client.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// Clients of a unit. The personnummer must be validated before it gets here.
class ClientRepository
{
public:
    explicit ClientRepository(Database &db);

    qint64 create(const Client &client, qint64 actorId);
    std::optional<Client> byId(qint64 id);
    // The client with this personnummer in its stored 12-digit form.
    std::optional<Client> byPersonnummer(const QString &normalized);
    // Ordered by apartment, then name (the SÄBO rotation order).
    QList<Client> byUnit(qint64 unitId);
    // Every client the reader may see, by personnummer (import and export).
    QList<Client> all();
    // Throws StorageError::Kind::Conflict when the client changed since read.
    int save(const Client &client, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
