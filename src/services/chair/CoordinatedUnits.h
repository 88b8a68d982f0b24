#pragma once

#include "domain/Client.h"
#include "domain/Unit.h"

#include <QDate>
#include <QList>

namespace tf {

class Workspace;

// Which units the samordningsmöte of an area coordinates (seed 001: home
// care, boendestöd and hemsjukvård of the area meet the health centre about
// their shared clients). The meeting's agenda draws its clients from these
// units (ClientRepository::currentForMeeting), and a client's contact person
// finds the area's samordningsmöten among the meetings to raise the client at.
class CoordinatedUnits
{
public:
    explicit CoordinatedUnits(Workspace &workspace);

    static QString forum(); // "samordningsmote"

    // The units the samordningsmöte of `unitId` coordinates, by name.
    QList<Unit> of(qint64 unitId);
    // The units its chair may choose from, by name: the area's own units
    // (those under it, and those beside it under the same parent), any it
    // coordinates already, and every other unit when the area has none.
    QList<Unit> choices(qint64 unitId);
    // Replaces them in one transaction. Throws StorageError (Refused) in
    // Swedish for an unknown unit or the unit itself.
    void set(qint64 unitId, const QList<qint64> &unitIds);
    // The clients a meeting may take up on `day`, for its agenda, guests and
    // next meeting: those its unit serves and, for a samordningsmöte, those
    // of the units it coordinates, each once.
    QList<Client> currentClientsForMeeting(qint64 meetingId, const QDate &day);
    // The units whose samordningsmöte coordinates a unit that serves the
    // client on `day`.
    QList<qint64> coordinatorsFor(qint64 clientId, const QDate &day);

private:
    Workspace &m_workspace;
};

} // namespace tf
