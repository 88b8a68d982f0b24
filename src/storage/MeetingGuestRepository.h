#pragma once

#include "domain/MeetingGuest.h"

#include <QList>

#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The clients and relatives invited to meetings (meeting_guest). Locked with
// the minutes by the database. The external participants are read with them
// (ofMeeting) and changed by ExternalParticipantRepository.
class MeetingGuestRepository
{
public:
    explicit MeetingGuestRepository(Database &db);

    // Stores a new guest; returns its id. Throws StorageError::Kind::Conflict
    // when the same guest is already invited.
    qint64 add(const MeetingGuest &guest, qint64 actorId);
    std::optional<MeetingGuest> byId(qint64 id);
    // The meeting's guests, the client before their relatives, as invited;
    // then its external participants (meeting_external) by name.
    QList<MeetingGuest> ofMeeting(qint64 meetingId);
    Later<QList<MeetingGuest>> ofMeeting(ReadBatch &batch, qint64 meetingId);
    // Every invitation of the client or a relative of theirs, as invited.
    QList<MeetingGuest> ofClient(qint64 clientId);
    // Saves the attendance to the version read; returns the new version.
    // Throws StorageError::Kind::Conflict when the row changed since.
    int setAttendance(const MeetingGuest &guest, qint64 actorId);
    void remove(qint64 id, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
