#pragma once

#include "domain/ClientRotation.h"
#include "domain/Meeting.h"
#include "domain/ScheduleChecks.h"
#include "domain/TeamPlanning.h"

#include <QList>
#include <QString>

namespace tf {

class Database;
class PersonSet;
class ReadBatch;
template <typename T> class Later;

// The team of each forum of a unit, the unit's planning settings, and the
// bookings of people across all units for conflict detection.
class TeamRepository
{
public:
    explicit TeamRepository(Database &db);

    QList<TeamMember> members(qint64 unitId, const QString &forum);
    // Replaces the forum's team with `members`.
    void setMembers(
        qint64 unitId, const QString &forum, const QList<TeamMember> &members, qint64 actorId);

    UnitPlanning planning(qint64 unitId, ServiceType type);
    // The unit's lead time for inviting adjuncts (its planning's, or the
    // default), added to a batch.
    Later<int> leadDays(ReadBatch &batch, qint64 unitId);
    // Throws StorageError::Kind::Conflict when changed since it was read.
    void savePlanning(const UnitPlanning &planning, qint64 actorId);

    // Every participant of the unit's meetings that are not cancelled and
    // start in [fromUtc, toUtc), in one read: alone, or with a batch's other
    // reads.
    QList<BookedParticipant> participants(
        qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QList<BookedParticipant>> participants(
        ReadBatch &batch, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);

    // Where the people are booked in meetings that are not cancelled and
    // start in [fromUtc, toUtc): as participants, or as the substitute of
    // someone with förhinder.
    QList<Booking> bookings(
        const QList<qint64> &personIds, const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QList<Booking>> bookings(ReadBatch &batch, const QList<qint64> &personIds,
        const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QList<Booking>> bookings(ReadBatch &batch, const PersonSet &people,
        const QDateTime &fromUtc, const QDateTime &toUtc);

private:
    Database &m_db;
};

} // namespace tf
