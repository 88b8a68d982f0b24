#include "storage/ClientRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, version, uuid, unit_id, personnummer, name, apartment, contact_person_id, "
    "nurse_id, occupational_therapist_id, physiotherapist_id, priority, insats_ends_on, "
    "insats_end_reason FROM client");

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

std::optional<Client> ClientRepository::byPersonnummer(const QString &normalized)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE personnummer = ? ORDER BY id"));
    query.bind(normalized).exec();
    if (!query.next())
        return std::nullopt;
    return readClient(query);
}

QList<Client> ClientRepository::byUnit(qint64 unitId)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE unit_id = ? ORDER BY apartment, name, id"));
    query.bind(unitId).exec();
    return readClients(query);
}

QList<Client> ClientRepository::all()
{
    Query query(m_db, kSelect + QStringLiteral(" ORDER BY personnummer, id"));
    query.exec();
    return readClients(query);
}

QList<Client> ClientRepository::currentByUnit(qint64 unitId, const QDate &day)
{
    Query query(m_db,
        kSelect
            + QStringLiteral(
                " WHERE unit_id = ? AND (insats_ends_on IS NULL OR insats_ends_on > ?) "
                "ORDER BY apartment, name, id"));
    query.bind(unitId).bindDate(day).exec();
    return readClients(query);
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
    transaction.commit();
    return client.version + 1;
}

} // namespace tf
