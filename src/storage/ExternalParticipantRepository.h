#pragma once

#include "domain/ExternalPerson.h"
#include "domain/MeetingGuest.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// A unit's register of people from other organisations (external_person),
// a series' external participants (series_external) and each meeting's
// (meeting_external, locked with the minutes by the database). A meeting's
// are read with its guests (MeetingGuestRepository::ofMeeting).
class ExternalParticipantRepository
{
public:
    explicit ExternalParticipantRepository(Database &db);

    // Stores a new person of the register; returns the id.
    qint64 addPerson(const ExternalPerson &person, qint64 actorId);
    void savePerson(const ExternalPerson &person, qint64 actorId);
    std::optional<ExternalPerson> personById(qint64 id);
    // The unit's register, by name.
    QList<ExternalPerson> ofUnit(qint64 unitId);

    // The series' external participants, by name.
    QList<ExternalPerson> ofSeries(qint64 seriesId);
    void addToSeries(qint64 seriesId, qint64 externalId);
    void removeFromSeries(qint64 seriesId, qint64 externalId);

    // Invites the person to the meeting unless already invited; returns
    // whether a row was added.
    bool invite(qint64 meetingId, qint64 externalId, qint64 actorId);
    // Takes the person off the meeting; returns whether they were on it.
    bool uninvite(qint64 meetingId, qint64 externalId, qint64 actorId);
    // The external participants of each of the series' meetings starting
    // up to `untilUtc`, in one read: meeting id -> external ids by name.
    QHash<qint64, QList<qint64>> ofSeriesMeetings(qint64 seriesId, const QDateTime &untilUtc);
    Later<QHash<qint64, QList<qint64>>> ofSeriesMeetings(
        ReadBatch &batch, qint64 seriesId, const QDateTime &untilUtc);

private:
    Database &m_db;
};

} // namespace tf
