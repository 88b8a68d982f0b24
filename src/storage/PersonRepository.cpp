#include "storage/PersonRepository.h"

#include "domain/StorageError.h"
#include "storage/ActionScope.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/PersonSet.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kColumns = QStringLiteral(
    "id, version, uuid, name, profession, role, login, adjunct, ends_on, email FROM person");

Person readPerson(const Query &query)
{
    Person person;
    person.id = query.id(0);
    person.version = query.integer(1);
    person.uuid = query.text(2);
    person.name = query.text(3);
    person.profession = query.text(4);
    person.role = query.text(5);
    person.login = query.text(6);
    person.adjunct = query.boolean(7);
    person.endsOn = query.date(8);
    person.email = query.text(9);
    return person;
}

QList<Person> readPeople(Query &query)
{
    QList<Person> people;
    while (query.next())
        people << readPerson(query);
    return people;
}
} // namespace

PersonRepository::PersonRepository(Database &db)
    : m_db(db)
{ }

qint64 PersonRepository::create(const Person &person, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO person (uuid, name, profession, role, login, "
                       "adjunct, ends_on, email, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(person.name.trimmed())
        .bind(person.profession)
        .bind(person.role)
        .bind(person.login.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : person.login)
        .bindBool(person.adjunct)
        .bindDate(person.endsOn)
        .bind(person.email.trimmed())
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(
        m_db, actorId > 0 ? actorId : id, QStringLiteral("person"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<Person> PersonRepository::byId(qint64 id)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return byId(batch, id); });
}

Later<std::optional<Person>> PersonRepository::byId(ReadBatch &batch, qint64 id)
{
    Query &statement
        = batch.add(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"));
    statement.bind(id);
    return batch.read<std::optional<Person>>(statement, [](Query &query) -> std::optional<Person> {
        if (!query.next())
            return std::nullopt;
        return readPerson(query);
    });
}

std::optional<Person> PersonRepository::byLogin(const QString &login)
{
    Query query(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE login = ?"));
    query.bind(login).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

QList<Person> PersonRepository::byIds(const QList<qint64> &ids)
{
    QList<Person> people;
    if (ids.isEmpty())
        return people;
    Query query(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" WHERE id IN (%1)").arg(parameterMarks(ids.size())));
    for (qint64 id : ids)
        query.bind(id);
    query.exec();
    while (query.next())
        people << readPerson(query);
    return people;
}

int PersonRepository::save(const Person &person, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE person SET name = ?, profession = ?, role = ?, login = ?, "
                       "email = ?, adjunct = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    update.bind(person.name.trimmed())
        .bind(person.profession)
        .bind(person.role)
        .bind(person.login.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : person.login)
        .bind(person.email.trimmed())
        .bindBool(person.adjunct)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(person.id)
        .bind(person.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Uppgifterna om %1 har ändrats av någon annan sedan du öppnade dem. "
                           "Dina ändringar har inte sparats.")
                .arg(person.name));
    recordChange(m_db, actorId, QStringLiteral("person"), person.id, QStringLiteral("update"));
    transaction.commit();
    return person.version + 1;
}

QHash<qint64, QList<qint64>> PersonRepository::unitsOfAll()
{
    Query query(m_db,
        QStringLiteral("SELECT person_id, unit_id FROM person_unit ORDER BY person_id, unit_id"));
    query.exec();
    QHash<qint64, QList<qint64>> units;
    while (query.next())
        units[query.id(0)] << query.id(1);
    return units;
}

QList<qint64> PersonRepository::unitsOf(qint64 personId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return unitsOf(batch, personId); });
}

Later<QList<qint64>> PersonRepository::unitsOf(ReadBatch &batch, qint64 personId)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT unit_id FROM person_unit WHERE person_id = ? ORDER BY unit_id"));
    statement.bind(personId);
    return batch.read<QList<qint64>>(statement, [](Query &query) {
        QList<qint64> units;
        while (query.next())
            units << query.id(0);
        return units;
    });
}

void PersonRepository::setUnits(qint64 personId, const QList<qint64> &unitIds, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db, QStringLiteral("DELETE FROM person_unit WHERE person_id = ?"));
    remove.bind(personId).exec();
    for (qint64 unitId : unitIds) {
        Query insert(m_db,
            QStringLiteral("INSERT INTO person_unit (person_id, unit_id, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?)"));
        insert.bind(personId).bind(unitId).bind(nowUtcText()).bindId(actorId).exec();
    }
    recordChange(m_db, actorId, QStringLiteral("person_unit"), personId, QStringLiteral("update"));
    transaction.commit();
}

QList<Person> PersonRepository::all()
{
    Query query(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY name, id"));
    query.exec();
    QList<Person> people;
    while (query.next())
        people << readPerson(query);
    return people;
}

QList<Person> PersonRepository::employedOn(const QDate &day)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return employedOn(batch, day); });
}

Later<QList<Person>> PersonRepository::employedOn(ReadBatch &batch, const QDate &day)
{
    Query &statement = batch.add(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" WHERE ends_on IS NULL OR ends_on > ? ORDER BY name, id"));
    statement.bindDate(day);
    return batch.read<QList<Person>>(statement, readPeople);
}

Later<QList<Person>> PersonRepository::calledTo(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" WHERE id IN (SELECT person_id FROM participant WHERE meeting_id = ?)"));
    statement.bind(meetingId);
    return batch.read<QList<Person>>(statement, readPeople);
}

Later<QList<Person>> PersonRepository::inSet(ReadBatch &batch, const PersonSet &people)
{
    Query &statement = batch.add(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" WHERE id IN (%1)").arg(people.sql()));
    statement.bindAll(people.values());
    return batch.read<QList<Person>>(statement, readPeople);
}

Later<QList<Person>> PersonRepository::responsibleFor(ReadBatch &batch, const ActionScope &scope)
{
    Query &statement = batch.add(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" WHERE id IN (SELECT a.responsible_id FROM team_action a WHERE %1)")
              .arg(scope.where));
    statement.bindAll(scope.values);
    return batch.read<QList<Person>>(statement, readPeople);
}

int PersonRepository::setEndsOn(const Person &person, const QDate &endsOn, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE person SET ends_on = ?, version = version + 1, updated_at = ?, "
                       "updated_by = ? WHERE id = ? AND version = ?"));
    update.bindDate(endsOn).bind(nowUtcText()).bindId(actorId).bind(person.id).bind(person.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Personens uppgifter har ändrats av någon annan sedan du öppnade "
                           "dem. Slutdatumet har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("person"), person.id, QStringLiteral("update"));
    transaction.commit();
    return person.version + 1;
}

} // namespace tf
