#include "storage/PersonRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tf {

namespace {
const QString kColumns = QStringLiteral(
    "id, version, uuid, name, profession, role, login, adjunct, ends_on FROM person");

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
    return person;
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
                       "adjunct, ends_on, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(person.name.trimmed())
        .bind(person.profession)
        .bind(person.role)
        .bind(person.login.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : person.login)
        .bindBool(person.adjunct)
        .bindDate(person.endsOn)
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
    Query query(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
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
    Query query(m_db,
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" WHERE ends_on IS NULL OR ends_on > ? ORDER BY name, id"));
    query.bindDate(day).exec();
    QList<Person> people;
    while (query.next())
        people << readPerson(query);
    return people;
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
