#pragma once

#include "domain/ClientRotation.h"
#include "domain/Meeting.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// The client rotation of a forum: which clients each meeting takes up.
class RotationRepository
{
public:
    explicit RotationRepository(Database &db);

    // The clients the meeting takes up from the rotation, in order.
    QList<qint64> picks(qint64 meetingId);
    void setPicks(qint64 meetingId, const QList<qint64> &clientIds, qint64 actorId);

    // The latest meeting of the same unit and forum template that starts
    // before `meeting` and is not cancelled.
    std::optional<Meeting> previousMeeting(const Meeting &meeting);
    // What the forum's earlier meetings (before `meeting`) took up.
    RotationHistory history(const Meeting &meeting);

private:
    Database &m_db;
};

} // namespace tf
