#include "storage/TeamRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/PersonSet.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QSet>

namespace tf {

TeamRepository::TeamRepository(Database &db)
    : m_db(db)
{ }

QList<TeamMember> TeamRepository::members(qint64 unitId, const QString &forum)
{
    Query query(m_db,
        QStringLiteral("SELECT t.person_id, t.role, t.night_staff FROM team_member t "
                       "JOIN person p ON p.id = t.person_id WHERE t.unit_id = ? AND t.forum = ? "
                       "ORDER BY t.night_staff, p.name, t.person_id"));
    query.bind(unitId).bind(forum).exec();
    QList<TeamMember> list;
    while (query.next())
        list << TeamMember {unitId, forum, query.id(0), query.text(1), query.boolean(2)};
    return list;
}

void TeamRepository::setMembers(
    qint64 unitId, const QString &forum, const QList<TeamMember> &members, qint64 actorId)
{
    Transaction transaction(m_db);
    Query clear(m_db, QStringLiteral("DELETE FROM team_member WHERE unit_id = ? AND forum = ?"));
    clear.bind(unitId).bind(forum).exec();
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO team_member (unit_id, forum, person_id, role, night_staff, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtcText();
    for (const TeamMember &member : members) {
        insert.bind(unitId)
            .bind(forum)
            .bind(member.personId)
            .bind(member.role)
            .bindBool(member.nightStaff)
            .bind(now)
            .bindId(actorId)
            .exec();
    }
    recordChange(m_db, actorId, QStringLiteral("team_member"), unitId, QStringLiteral("set"));
    transaction.commit();
}

UnitPlanning TeamRepository::planning(qint64 unitId, ServiceType type)
{
    UnitPlanning planning;
    planning.unitId = unitId;
    planning.scheme = rotationSchemeFor(type);
    planning.clientsPerMeeting = defaultClientsPerMeeting(planning.scheme);
    Query query(m_db,
        QStringLiteral("SELECT version, lead_days, rotation_scheme, "
                       "clients_per_meeting FROM unit_planning WHERE unit_id = ?"));
    query.bind(unitId).exec();
    if (query.next()) {
        planning.version = query.integer(0);
        planning.leadDays = query.integer(1);
        if (!query.text(2).isEmpty())
            planning.scheme = rotationSchemeFromKey(query.text(2));
        if (query.integer(3) > 0)
            planning.clientsPerMeeting = query.integer(3);
    }
    return planning;
}

Later<int> TeamRepository::leadDays(ReadBatch &batch, qint64 unitId)
{
    Query &statement
        = batch.add(QStringLiteral("SELECT lead_days FROM unit_planning WHERE unit_id = ?"));
    statement.bind(unitId);
    return batch.read<int>(statement,
        [](Query &query) { return query.next() ? query.integer(0) : UnitPlanning().leadDays; });
}

void TeamRepository::savePlanning(const UnitPlanning &planning, qint64 actorId)
{
    Transaction transaction(m_db);
    Query write(m_db,
        planning.version == 0
            ? QStringLiteral("INSERT INTO unit_planning (lead_days, rotation_scheme, "
                             "clients_per_meeting, updated_at, updated_by, unit_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE unit_planning SET lead_days = ?, "
                             "rotation_scheme = ?, clients_per_meeting = ?, "
                             "version = version + 1, updated_at = ?, updated_by = ? "
                             "WHERE unit_id = ? AND version = ?"));
    write.bind(planning.leadDays)
        .bind(rotationSchemeKey(planning.scheme))
        .bind(planning.clientsPerMeeting)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(planning.unitId);
    if (planning.version != 0)
        write.bind(planning.version);
    write.exec();
    if (write.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Enhetens inställningar har ändrats av någon annan. "
                           "Dina ändringar har inte sparats."));
    recordChange(
        m_db, actorId, QStringLiteral("unit_planning"), planning.unitId, QStringLiteral("set"));
    transaction.commit();
}

QList<BookedParticipant> TeamRepository::participants(
    qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return participants(batch, unitId, fromUtc, toUtc); });
}

Later<QList<BookedParticipant>> TeamRepository::participants(
    ReadBatch &batch, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    Query &query = batch.add(QStringLiteral(
        "SELECT p.meeting_id, p.person_id, p.role, p.adjunct, p.attendance, p.substitute_id, "
        "p.invited_on, m.start_utc FROM participant p JOIN meeting m ON m.id = p.meeting_id "
        "WHERE m.unit_id = ? AND m.status <> 'cancelled' AND m.start_utc >= ? AND m.start_utc "
        "< ? ORDER BY m.start_utc, p.meeting_id, p.person_id"));
    query.bind(unitId).bindTime(fromUtc).bindTime(toUtc);
    return batch.read<QList<BookedParticipant>>(query, [](Query &rows) {
        QList<BookedParticipant> list;
        while (rows.next()) {
            BookedParticipant entry;
            Participant &p = entry.participant;
            p.meetingId = rows.id(0);
            p.personId = rows.id(1);
            p.role = rows.text(2);
            p.adjunct = rows.boolean(3);
            p.attendance = attendanceFromKey(rows.text(4));
            p.substituteId = rows.id(5);
            p.invitedOn = rows.date(6);
            entry.startUtc = rows.time(7);
            list << entry;
        }
        return list;
    });
}

QList<Booking> TeamRepository::bookings(
    const QList<qint64> &personIds, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    if (personIds.isEmpty())
        return {};
    return readAlone(
        m_db, [&](ReadBatch &batch) { return bookings(batch, personIds, fromUtc, toUtc); });
}

Later<QList<Booking>> TeamRepository::bookings(ReadBatch &batch, const QList<qint64> &personIds,
    const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return bookings(batch, PersonSet::ids(personIds), fromUtc, toUtc);
}

Later<QList<Booking>> TeamRepository::bookings(
    ReadBatch &batch, const PersonSet &people, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // One pass over the meetings in the window (CROSS JOIN keeps SQLite from
    // starting at a person's whole history instead); a person with förhinder
    // is not booked, their substitute is. The people are filtered in SQL so
    // that only their rows, not the whole municipality's, come back.
    Query &query = batch.add(
        QStringLiteral("SELECT id, booked, start_utc, minutes FROM (SELECT m.id, %1 AS "
                       "booked, m.start_utc, m.minutes FROM meeting m CROSS JOIN participant p "
                       "WHERE p.meeting_id = m.id AND m.status <> 'cancelled' AND m.start_utc >= ? "
                       "AND m.start_utc < ?) AS b WHERE booked IN (%2)")
            .arg(PersonSet::bookedParticipant(), people.sql()));
    query.bindTime(fromUtc).bindTime(toUtc);
    query.bindAll(people.values());
    return batch.read<QList<Booking>>(query, [](Query &rows) {
        QList<Booking> list;
        while (rows.next())
            list << Booking {rows.id(0), rows.id(1), rows.time(2), rows.integer(3)};
        return list;
    });
}

} // namespace tf
