#include "storage/ExternalParticipantRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
const QString kPersonSelect
    = QStringLiteral("SELECT id, unit_id, name, organisation, role, email FROM external_person");

ExternalPerson readPerson(const Query &query)
{
    ExternalPerson person;
    person.id = query.id(0);
    person.unitId = query.id(1);
    person.name = query.text(2);
    person.organisation = query.text(3);
    person.role = query.text(4);
    person.email = query.text(5);
    return person;
}

QList<ExternalPerson> readPeople(Query &query)
{
    QList<ExternalPerson> people;
    while (query.next())
        people << readPerson(query);
    return people;
}
} // namespace

ExternalParticipantRepository::ExternalParticipantRepository(Database &db)
    : m_db(db)
{ }

qint64 ExternalParticipantRepository::addPerson(const ExternalPerson &person, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO external_person (unit_id, name, organisation, role, email, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(person.unitId)
        .bind(person.name)
        .bind(person.organisation)
        .bind(person.role)
        .bind(person.email)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("external_person"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

void ExternalParticipantRepository::savePerson(const ExternalPerson &person, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE external_person SET name = ?, organisation = ?, role = ?, "
                       "email = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    update.bind(person.name)
        .bind(person.organisation)
        .bind(person.role)
        .bind(person.email)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(person.id)
        .exec();
    recordChange(
        m_db, actorId, QStringLiteral("external_person"), person.id, QStringLiteral("update"));
    transaction.commit();
}

std::optional<ExternalPerson> ExternalParticipantRepository::personById(qint64 id)
{
    Query query(m_db, kPersonSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

QList<ExternalPerson> ExternalParticipantRepository::ofUnit(qint64 unitId)
{
    Query query(m_db, kPersonSelect + QStringLiteral(" WHERE unit_id = ? ORDER BY name, id"));
    query.bind(unitId).exec();
    return readPeople(query);
}

QList<ExternalPerson> ExternalParticipantRepository::ofSeries(qint64 seriesId)
{
    Query query(m_db,
        QStringLiteral("SELECT e.id, e.unit_id, e.name, e.organisation, e.role, e.email "
                       "FROM series_external s JOIN external_person e ON e.id = s.external_id "
                       "WHERE s.series_id = ? ORDER BY e.name, e.id"));
    query.bind(seriesId).exec();
    return readPeople(query);
}

void ExternalParticipantRepository::addToSeries(qint64 seriesId, qint64 externalId)
{
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO series_external (series_id, external_id) SELECT CAST(? AS BIGINT), "
            "CAST(? AS BIGINT) "
            "WHERE NOT EXISTS (SELECT 1 FROM series_external WHERE series_id = ? "
            "AND external_id = ?)"));
    insert.bind(seriesId).bind(externalId).bind(seriesId).bind(externalId).exec();
}

void ExternalParticipantRepository::removeFromSeries(qint64 seriesId, qint64 externalId)
{
    Query remove(m_db,
        QStringLiteral("DELETE FROM series_external WHERE series_id = ? AND external_id = ?"));
    remove.bind(seriesId).bind(externalId).exec();
}

bool ExternalParticipantRepository::invite(qint64 meetingId, qint64 externalId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO meeting_external (meeting_id, external_id, attendance, "
                       "updated_at, updated_by) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), "
                       "'expected', ?, CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "
                       "meeting_external WHERE meeting_id = ? AND external_id = ?)"));
    insert.bind(meetingId)
        .bind(externalId)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(meetingId)
        .bind(externalId)
        .exec();
    const bool added = insert.rowsAffected() == 1;
    if (added)
        recordChange(
            m_db, actorId, QStringLiteral("meeting_external"), meetingId, QStringLiteral("insert"));
    transaction.commit();
    return added;
}

bool ExternalParticipantRepository::uninvite(qint64 meetingId, qint64 externalId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db,
        QStringLiteral("DELETE FROM meeting_external WHERE meeting_id = ? AND external_id = ?"));
    remove.bind(meetingId).bind(externalId).exec();
    const bool removed = remove.rowsAffected() == 1;
    if (removed)
        recordChange(
            m_db, actorId, QStringLiteral("meeting_external"), meetingId, QStringLiteral("delete"));
    transaction.commit();
    return removed;
}

QHash<qint64, QList<qint64>> ExternalParticipantRepository::ofSeriesMeetings(
    qint64 seriesId, const QDateTime &untilUtc)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return ofSeriesMeetings(batch, seriesId, untilUtc); });
}

Later<QHash<qint64, QList<qint64>>> ExternalParticipantRepository::ofSeriesMeetings(
    ReadBatch &batch, qint64 seriesId, const QDateTime &untilUtc)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT x.meeting_id, x.external_id FROM meeting_external x "
                       "JOIN meeting m ON m.id = x.meeting_id "
                       "JOIN external_person e ON e.id = x.external_id "
                       "WHERE m.series_id = ? AND m.start_utc <= ? ORDER BY e.name, e.id"));
    statement.bind(seriesId).bindTime(untilUtc);
    return batch.read<QHash<qint64, QList<qint64>>>(statement, [](Query &query) {
        QHash<qint64, QList<qint64>> byMeeting;
        while (query.next())
            byMeeting[query.id(0)] << query.id(1);
        return byMeeting;
    });
}

} // namespace tf
