#include "storage/ClientRepository.h"

#include "storage/ChangeLog.h"
#include "storage/ClientRows.h"
#include "storage/ClientSet.h"
#include "storage/ClientUnitRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect = clientSelect();

// Adds the row of the client's own unit unless the unit already serves it.
void ensureOwnUnit(Database &db, qint64 clientId, qint64 unitId, qint64 actorId)
{
    Query served(db,
        QStringLiteral(
            "SELECT COUNT(*) FROM client_serving_unit WHERE client_id = ? AND unit_id = ? "
            "AND to_date IS NULL"));
    served.bind(clientId).bind(unitId).exec();
    if (served.next() && served.integer(0) > 0)
        return;
    Query insert(db,
        QStringLiteral("INSERT INTO client_serving_unit (client_id, unit_id, from_date, to_date, "
                       "updated_at, updated_by) VALUES (?, ?, NULL, NULL, ?, ?)"));
    insert.bind(clientId).bind(unitId).bind(nowUtcText()).bindId(actorId).exec();
    recordChange(
        db, actorId, QStringLiteral("client_serving_unit"), clientId, QStringLiteral("insert"));
}
} // namespace

ClientRepository::ClientRepository(Database &db)
    : m_db(db)
{ }

qint64 ClientRepository::create(const Client &client, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO client (uuid, unit_id, personnummer, name, apartment, contact_person_id, "
            "nurse_id, occupational_therapist_id, physiotherapist_id, priority, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(client.unitId)
        .bind(client.personnummer)
        .bind(client.name.trimmed())
        .bind(client.apartment.trimmed())
        .bindId(client.contactPersonId)
        .bindId(client.nurseId)
        .bindId(client.occupationalTherapistId)
        .bindId(client.physiotherapistId)
        .bind(client.priority)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("client"), id, QStringLiteral("insert"));
    Query serving(m_db,
        QStringLiteral("INSERT INTO client_serving_unit (client_id, unit_id, from_date, to_date, "
                       "updated_at, updated_by) VALUES (?, ?, NULL, NULL, ?, ?)"));
    serving.bind(id).bind(client.unitId).bind(nowUtcText()).bindId(actorId).exec();
    transaction.commit();
    return id;
}

std::optional<Client> ClientRepository::byId(qint64 id)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readClient(query);
}

Later<QList<Client>> ClientRepository::inSet(ReadBatch &batch, const ClientSet &clients)
{
    Query &statement = batch.add(
        kSelect + QStringLiteral(" WHERE id IN (%1) ORDER BY name, id").arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QList<Client>>(statement, [](Query &query) { return readClients(query); });
}

Later<QList<Client>> ClientRepository::onAgendaOf(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(kSelect
        + QStringLiteral(" WHERE id IN (SELECT client_id FROM agenda_item WHERE meeting_id = ?)"));
    statement.bind(meetingId);
    return batch.read<QList<Client>>(statement, [](Query &query) { return readClients(query); });
}

Later<QList<Client>> ClientRepository::invitedTo(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(kSelect
        + QStringLiteral(
            " WHERE id IN (SELECT client_id FROM meeting_guest WHERE meeting_id = ?)"));
    statement.bind(meetingId);
    return batch.read<QList<Client>>(statement, [](Query &query) { return readClients(query); });
}

std::optional<Client> ClientRepository::byPersonnummer(const QString &normalized)
{
    Query query(m_db,
        kSelect + QStringLiteral(" WHERE personnummer = ? AND merged_into IS NULL ORDER BY id"));
    query.bind(normalized).exec();
    if (!query.next())
        return std::nullopt;
    return readClient(query);
}

QList<Client> ClientRepository::byUnit(qint64 unitId)
{
    Query query(m_db,
        kSelect
            + QStringLiteral(
                " WHERE merged_into IS NULL AND id IN (SELECT s.client_id FROM "
                "client_serving_unit s WHERE s.unit_id = ?) ORDER BY apartment, name, id"));
    query.bind(unitId).exec();
    return readClients(query);
}

QList<Client> ClientRepository::all()
{
    Query query(
        m_db, kSelect + QStringLiteral(" WHERE merged_into IS NULL ORDER BY personnummer, id"));
    query.exec();
    return readClients(query);
}

QList<Client> ClientRepository::currentByUnit(qint64 unitId, const QDate &day)
{
    return ClientUnitRepository(m_db).currentByUnits({unitId}, day);
}

int ClientRepository::setInsatsEnd(
    const Client &client, const QDate &endsOn, const QString &reason, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE client SET insats_ends_on = ?, insats_end_reason = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bindDate(endsOn)
        .bind(endsOn.isValid() ? QVariant(reason) : QVariant(QMetaType(QMetaType::QString)))
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(client.id)
        .bind(client.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Kunduppgifterna har ändrats av någon annan sedan du "
                           "öppnade dem. Slutdatumet har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("client"), client.id, QStringLiteral("update"));
    transaction.commit();
    return client.version + 1;
}

int ClientRepository::save(const Client &client, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral(
            "UPDATE client SET unit_id = ?, personnummer = ?, name = ?, apartment = ?, "
            "contact_person_id = ?, nurse_id = ?, occupational_therapist_id = ?, "
            "physiotherapist_id = ?, priority = ?, version = version + 1, updated_at = ?, "
            "updated_by = ? WHERE id = ? AND version = ?"));
    update.bind(client.unitId)
        .bind(client.personnummer)
        .bind(client.name.trimmed())
        .bind(client.apartment.trimmed())
        .bindId(client.contactPersonId)
        .bindId(client.nurseId)
        .bindId(client.occupationalTherapistId)
        .bindId(client.physiotherapistId)
        .bind(client.priority)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(client.id)
        .bind(client.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Kunduppgifterna har ändrats av någon annan sedan du "
                           "öppnade dem. Dina ändringar har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("client"), client.id, QStringLiteral("update"));
    // A client moved to another unit is served there from now on.
    ensureOwnUnit(m_db, client.id, client.unitId, actorId);
    transaction.commit();
    return client.version + 1;
}

} // namespace tf
