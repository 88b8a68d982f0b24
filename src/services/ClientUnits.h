#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/ClientUnit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

class Workspace;

// One client record however many units serve the person (migration 029):
// registering a personnummer, adding a unit that serves a client and ending
// a unit's part. Each call is one transaction for the signed-in person.
class ClientUnits
{
public:
    explicit ClientUnits(Workspace &workspace);

    struct Registered
    {
        Client client; // as stored
        // True when the personnummer was another unit's client, now served
        // by this unit too; `message` says so in Swedish.
        bool attached = false;
        QString message;
    };
    // Registers client.personnummer at client.unitId from `from` (today in
    // Stockholm when not given). A person
    // no unit has is a new client; one another unit serves is that client,
    // now served by this unit too (the stored name and roles stay, and the
    // read is recorded in the access log for `purpose`). Throws StorageError
    // (Refused) with a Swedish reason when the unit already serves the
    // client, or for an unknown unit.
    Registered registerClient(const Client &client, AccessPurpose purpose, const QDate &from = {});

    // The units that serve or served the client, earliest first.
    QList<ClientUnit> unitsOf(qint64 clientId);
    // The unit serves the client from `from`. Refused when it already does
    // on that day, or for an unknown client or unit.
    void serve(qint64 clientId, qint64 unitId, const QDate &from);
    // The unit no longer serves the client from `to` (the first day without).
    // Refused when the unit does not serve the client then, or when `to` is
    // before the unit began.
    void unserve(qint64 clientId, qint64 unitId, const QDate &to);

private:
    Workspace &m_workspace;
};

} // namespace tf
