#include "storage/ClientUnitRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/ClientRows.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
const QString kSelect = clientSelect();

// Clients served by a unit on a day: the condition on `client` and its
// values after the unit ids.
const QString kServedOn = QStringLiteral(
    "id IN (SELECT s.client_id FROM client_serving_unit s WHERE s.unit_id IN (%1) "
    "AND (s.from_date IS NULL OR s.from_date <= ?) AND (s.to_date IS NULL OR s.to_date > ?))");
} // namespace

ClientUnitRepository::ClientUnitRepository(Database &db)
    : m_db(db)
{ }

qint64 ClientUnitRepository::idOfPersonnummer(const QString &normalized)
{
    // On PostgreSQL the row may be out of the reader's sight; a function
    // of migration 029 gives its id, and only that.
    Query query(m_db,
        m_db.isPostgres()
            ? QStringLiteral("SELECT teamforum_client_of_personnummer(?)")
            : QStringLiteral(
                "SELECT id FROM client WHERE personnummer = ? AND merged_into IS NULL"));
    query.bind(normalized).exec();
    return query.next() ? query.id(0) : 0;
}

QList<Client> ClientUnitRepository::currentByUnits(const QList<qint64> &unitIds, const QDate &day)
{
    if (unitIds.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < unitIds.size(); ++i)
        marks << QStringLiteral("?");
    Query query(m_db,
        kSelect
            + QStringLiteral(" WHERE merged_into IS NULL AND (insats_ends_on IS NULL OR "
                             "insats_ends_on > ?) AND ")
            + kServedOn.arg(marks.join(QStringLiteral(", ")))
            + QStringLiteral(" ORDER BY apartment, name, id"));
    query.bindDate(day);
    for (qint64 unitId : unitIds)
        query.bind(unitId);
    query.bindDate(day).bindDate(day).exec();
    return readClients(query);
}

QList<Client> ClientUnitRepository::currentForMeeting(qint64 meetingId, const QDate &day)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return currentForMeeting(batch, meetingId, day); });
}

Later<QList<Client>> ClientUnitRepository::currentForMeeting(
    ReadBatch &batch, qint64 meetingId, const QDate &day)
{
    Query &query = batch.add(kSelect
        + QStringLiteral(
            " WHERE merged_into IS NULL AND (insats_ends_on IS NULL OR insats_ends_on > ?) "
            "AND id IN (SELECT s.client_id FROM client_serving_unit s WHERE "
            "(s.unit_id = (SELECT m.unit_id FROM meeting m WHERE m.id = ?) "
            "OR s.unit_id IN (SELECT cu.coordinated_unit_id FROM coordinated_unit cu "
            "JOIN meeting m ON m.unit_id = cu.unit_id "
            "JOIN forum_template t ON t.id = m.template_id AND t.forum = cu.forum "
            "WHERE m.id = ?)) "
            "AND (s.from_date IS NULL OR s.from_date <= ?) "
            "AND (s.to_date IS NULL OR s.to_date > ?)) "
            "ORDER BY apartment, name, id"));
    query.bindDate(day).bind(meetingId).bind(meetingId).bindDate(day).bindDate(day);
    return batch.read<QList<Client>>(query, [](Query &rows) { return readClients(rows); });
}

QList<Client> ClientUnitRepository::namedByMeeting(qint64 meetingId)
{
    Query query(m_db,
        kSelect
            // One list of ids looked up by key: conditions joined by OR
            // made PostgreSQL test every client stored (80,000 in a region).
            + QStringLiteral(
                " WHERE id IN (SELECT c.id FROM client c WHERE c.unit_id = "
                "(SELECT m.unit_id FROM meeting m WHERE m.id = ?) "
                "UNION ALL SELECT s.client_id FROM client_serving_unit s WHERE s.unit_id = "
                "(SELECT m.unit_id FROM meeting m WHERE m.id = ?) "
                "UNION ALL SELECT i.client_id FROM agenda_item i WHERE i.meeting_id = ? "
                "UNION ALL SELECT a.client_id FROM team_action a WHERE a.meeting_id = ? "
                "UNION ALL SELECT g.client_id FROM meeting_guest g WHERE g.meeting_id = ? "
                "UNION ALL SELECT n.client_id FROM next_meeting_client n WHERE n.meeting_id = ?) "
                "ORDER BY apartment, name, id"));
    for (int i = 0; i < 6; ++i)
        query.bind(meetingId);
    query.exec();
    return readClients(query);
}

QList<ClientUnit> ClientUnitRepository::unitsOf(qint64 clientId)
{
    Query query(m_db,
        QStringLiteral("SELECT id, client_id, unit_id, from_date, to_date FROM client_serving_unit "
                       "WHERE client_id = ? ORDER BY COALESCE(from_date, ''), id"));
    query.bind(clientId).exec();
    QList<ClientUnit> units;
    while (query.next())
        units << ClientUnit {query.id(0), query.id(1), query.id(2), query.date(3), query.date(4)};
    return units;
}

void ClientUnitRepository::addUnit(
    qint64 clientId, qint64 unitId, const QDate &from, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO client_serving_unit (client_id, unit_id, from_date, to_date, "
                       "updated_at, updated_by) VALUES (?, ?, ?, NULL, ?, ?)"));
    insert.bind(clientId).bind(unitId).bindDate(from).bind(nowUtcText()).bindId(actorId).exec();
    recordChange(
        m_db, actorId, QStringLiteral("client_serving_unit"), clientId, QStringLiteral("insert"));
    transaction.commit();
}

void ClientUnitRepository::setUnitEnd(
    qint64 rowId, qint64 clientId, const QDate &to, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE client_serving_unit SET to_date = ?, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND client_id = ?"));
    update.bindDate(to).bind(nowUtcText()).bindId(actorId).bind(rowId).bind(clientId).exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Enhetens tid med kunden har ändrats av någon annan. "
                           "Läs in kunden igen."));
    recordChange(
        m_db, actorId, QStringLiteral("client_serving_unit"), clientId, QStringLiteral("update"));
    transaction.commit();
}

} // namespace tf
