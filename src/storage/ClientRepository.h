#pragma once

#include "domain/Client.h"

#include <QList>
#include <optional>

namespace tf {

class Database;
class ClientSet;
class ReadBatch;
template <typename T> class Later;

// Clients and their rows. The personnummer must be validated before it gets
// here. A personnummer is one client across the organisation (migration
// 029): create() adds the row of the client's unit in client_serving_unit,
// and the unit lists follow that table (ClientUnitRepository); a record
// merged into another is left out of the lists and look-ups by
// personnummer, but byId still reads it for history.
class ClientRepository
{
public:
    explicit ClientRepository(Database &db);

    qint64 create(const Client &client, qint64 actorId);
    std::optional<Client> byId(qint64 id);
    // The clients of the set by name (merged records only if named by id).
    Later<QList<Client>> inSet(ReadBatch &batch, const ClientSet &clients);
    // The clients on the meeting's agenda.
    Later<QList<Client>> onAgendaOf(ReadBatch &batch, qint64 meetingId);
    // The clients invited to the meeting as guests, or whose relatives are.
    Later<QList<Client>> invitedTo(ReadBatch &batch, qint64 meetingId);
    // The client with this personnummer in its stored 12-digit form.
    std::optional<Client> byPersonnummer(const QString &normalized);
    // Every client the unit serves or served, ordered by apartment, then name
    // (the SÄBO rotation order).
    QList<Client> byUnit(qint64 unitId);
    // Every client the reader may see, by personnummer (import and export).
    QList<Client> all();
    // The same, without the clients whose insats has ended by `day`: the
    // current clients, the only ones rotations, agenda suggestions and the
    // current-client lists take. byUnit() keeps everyone, for history.
    QList<Client> currentByUnit(qint64 unitId, const QDate &day);
    // Sets the first day without the insats and why (a key of InsatsEnd.h);
    // an invalid day clears both. Leaves the rest of the client alone.
    // Throws StorageError::Kind::Conflict when the client changed since
    // read. Returns the new version.
    int setInsatsEnd(
        const Client &client, const QDate &endsOn, const QString &reason, qint64 actorId);
    // Throws StorageError::Kind::Conflict when the client changed since read.
    int save(const Client &client, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
