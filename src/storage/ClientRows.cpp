#include "storage/ClientRows.h"

#include "storage/Query.h"

namespace tf {

QString clientSelect()
{
    return QStringLiteral(
        "SELECT id, version, uuid, unit_id, personnummer, name, apartment, contact_person_id, "
        "nurse_id, occupational_therapist_id, physiotherapist_id, priority, insats_ends_on, "
        "insats_end_reason FROM client");
}

Client readClient(const Query &query)
{
    Client client;
    client.id = query.id(0);
    client.version = query.integer(1);
    client.uuid = query.text(2);
    client.unitId = query.id(3);
    client.personnummer = query.text(4);
    client.name = query.text(5);
    client.apartment = query.text(6);
    client.contactPersonId = query.id(7);
    client.nurseId = query.id(8);
    client.occupationalTherapistId = query.id(9);
    client.physiotherapistId = query.id(10);
    client.priority = query.integer(11);
    client.insatsEndsOn = query.date(12);
    client.insatsEndReason = query.text(13);
    return client;
}

QList<Client> readClients(Query &query)
{
    QList<Client> clients;
    while (query.next())
        clients << readClient(query);
    return clients;
}

} // namespace tf
