#pragma once

#include "domain/Person.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
struct ActionScope;
class PersonSet;
template <typename T> class Later;

class PersonRepository
{
public:
    explicit PersonRepository(Database &db);

    // Inserts the person and returns its id. actorId is who adds it (0 when
    // a person registers themself on first start).
    qint64 create(const Person &person, qint64 actorId);
    std::optional<Person> byId(qint64 id);
    Later<std::optional<Person>> byId(ReadBatch &batch, qint64 id);
    std::optional<Person> byLogin(const QString &login);
    // The people with these ids, in no particular order; unknown ids are skipped.
    QList<Person> byIds(const QList<qint64> &ids);
    QList<Person> all();
    // Saves name, profession, role, login, e-mail and the adjunct flag to the
    // version read (the end date has setEndsOn); returns the new version. Throws
    // StorageError::Kind::Conflict when the person changed since read.
    int save(const Person &person, qint64 actorId);

    // The units a person works at (person_unit), for everyone at once.
    QHash<qint64, QList<qint64>> unitsOfAll();
    QList<qint64> unitsOf(qint64 personId);
    Later<QList<qint64>> unitsOf(ReadBatch &batch, qint64 personId);
    // Replaces the person's units with these.
    void setUnits(qint64 personId, const QList<qint64> &unitIds, qint64 actorId);

    // The people who still work on `day` (no end date, or a later one), by
    // name: the only people offered as participant, substitute or
    // responsible. all() and byIds() keep everyone, for history.
    QList<Person> employedOn(const QDate &day);
    Later<QList<Person>> employedOn(ReadBatch &batch, const QDate &day);
    // The people called to the meeting (its participants), in no order.
    Later<QList<Person>> calledTo(ReadBatch &batch, qint64 meetingId);
    // The people of the set.
    Later<QList<Person>> inSet(ReadBatch &batch, const PersonSet &people);
    // The people responsible for the scope's actions, in no order.
    Later<QList<Person>> responsibleFor(ReadBatch &batch, const ActionScope &scope);
    // Sets (or, invalid, clears) the first day the person no longer works.
    // Throws StorageError::Kind::Conflict when the person changed since read.
    // Returns the new version.
    int setEndsOn(const Person &person, const QDate &endsOn, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
