#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/Client.h"
#include "domain/care/CarePlanDue.h"

#include <QDate>
#include <QList>

namespace tf {

class ClientSet;
class ReadBatch;
class Workspace;
template <typename T> class Later;

// A client's genomförandeplan on a day: what is recorded and what is due.
struct ClientCarePlan
{
    Client client;
    CarePlanFacts facts;
    CarePlanStatus status;
};

// The contact person's genomförandeplan duties (seed 003, seed 004): the
// planeringssamtal, the written plan, its follow-ups and the
// levnadsberättelse, recorded with the date they happened; and what is due,
// for the contact person (Mina kunder) and the enhetschef (the unit's
// clients). The insats starts on the client's moving-in date. Each record is
// one transaction by the workspace's person; reads of the clients' plans are
// recorded in the access log with the caller's purpose. Throws StorageError
// with a Swedish message.
class CarePlans
{
public:
    explicit CarePlans(Workspace &workspace);

    // Records that the step happened on `on` (the levnadsberättelse: noted as
    // done, or with done false as not done, on that day). Refused: a day
    // after today, a day before the insats started or without its start
    // (except the levnadsberättelse), a plan dated before the planeringssamtal,
    // a follow-up before any plan is written.
    CarePlanEvent record(
        qint64 clientId, CarePlanEventKind kind, const QDate &on, bool done = true);

    // The unit's follow-up interval: 6 months unless the unit chose 3.
    int followUpMonths(qint64 unitId);
    // Refused unless months is 3 or 6.
    void setFollowUpMonths(qint64 unitId, int months);

    // The current clients the person is fast omsorgskontakt for, or of the
    // unit, with their plans on `onDate`, the most urgent first.
    QList<ClientCarePlan> ofContactPerson(
        qint64 personId, const QDate &onDate, AccessPurpose purpose);
    QList<ClientCarePlan> ofUnit(qint64 unitId, const QDate &onDate, AccessPurpose purpose);
    // The same for clients already read (a view's list).
    QList<ClientCarePlan> ofClients(
        const QList<Client> &clients, const QDate &onDate, AccessPurpose purpose);
    // The same with a batch's other reads: `clients` are the rows of the set
    // read in it.
    Later<QList<ClientCarePlan>> ofClients(ReadBatch &batch, const ClientSet &set,
        Later<QList<Client>> clients, const QDate &onDate, AccessPurpose purpose);
    // One client's recorded events, oldest first.
    QList<CarePlanEvent> history(qint64 clientId, AccessPurpose purpose);

private:
    // The plans made of what was read; logs the clients' reads.
    static QList<ClientCarePlan> plansOf(Workspace &workspace, const QList<Client> &clients,
        const QHash<qint64, QList<CarePlanEvent>> &events, const QHash<qint64, QDate> &starts,
        const QHash<qint64, int> &unitMonths, const QDate &onDate, AccessPurpose purpose);

    Workspace &m_workspace;
};

} // namespace tf
