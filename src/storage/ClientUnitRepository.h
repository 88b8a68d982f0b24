#pragma once

#include "domain/Client.h"
#include "domain/ClientUnit.h"

#include <QDate>
#include <QList>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// Which units serve a client, and the clients as the units and meetings
// see them (migration 029). A personnummer is one client across the
// organisation; a record merged into another keeps its history but is left
// out of every list here except namedByMeeting. ClientRepository keeps the
// client rows themselves and the single-unit lists.
class ClientUnitRepository
{
public:
    explicit ClientUnitRepository(Database &db);

    // The id of the client with this personnummer (stored 12-digit form),
    // also when the reader may not see the client (PostgreSQL: row-level
    // security); 0 when none.
    qint64 idOfPersonnummer(const QString &normalized);

    // The clients any of the units serves on `day` whose insats lasts, each
    // once, by apartment and name.
    QList<Client> currentByUnits(const QList<qint64> &unitIds, const QDate &day);
    // The clients a meeting may take up on `day`: those its unit serves, and
    // for a forum that coordinates other units (a samordningsmöte,
    // coordinated_unit) those the coordinated units serve. One statement.
    QList<Client> currentForMeeting(qint64 meetingId, const QDate &day);
    Later<QList<Client>> currentForMeeting(ReadBatch &batch, qint64 meetingId, const QDate &day);
    // Every client a meeting's papers may name, merged records included:
    // those its unit serves or served, and those on its agenda, actions,
    // guests and clients for the next meeting.
    QList<Client> namedByMeeting(qint64 meetingId);

    // The units that serve or served the client, earliest first.
    QList<ClientUnit> unitsOf(qint64 clientId);
    // Adds a unit serving the client from `from` (invalid: since registered).
    void addUnit(qint64 clientId, qint64 unitId, const QDate &from, qint64 actorId);
    // Sets the first day the unit no longer serves the client on the row
    // `rowId` (invalid: serves again). Throws StorageError (Conflict) when
    // the row is gone.
    void setUnitEnd(qint64 rowId, qint64 clientId, const QDate &to, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
