#pragma once

#include "domain/Person.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(Database &db);

    // Inserts the person and returns its id. actorId is who adds it (0 when
    // a person registers themself on first start).
    qint64 create(const Person &person, qint64 actorId);
    std::optional<Person> byId(qint64 id);
    std::optional<Person> byLogin(const QString &login);
    // The people with these ids, in no particular order; unknown ids are skipped.
    QList<Person> byIds(const QList<qint64> &ids);
    QList<Person> all();

private:
    Database &m_db;
};

} // namespace tf
