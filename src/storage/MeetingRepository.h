#pragma once

#include "domain/Meeting.h"

#include <QList>
#include <optional>

namespace tf {

class Database;

// Meetings with their participants and agenda items.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database &db);

    qint64 create(const Meeting &meeting, qint64 actorId);
    std::optional<Meeting> byId(qint64 id);
    // Meetings of a unit starting in [fromUtc, toUtc), in start order.
    QList<Meeting> byUnit(qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    // Saves time, place, status, chair and secretary. Throws
    // StorageError::Kind::Conflict when the meeting changed since it was read.
    int save(const Meeting &meeting, qint64 actorId);

    QList<Participant> participants(qint64 meetingId);
    // Inserts or replaces one participant row.
    void setParticipant(const Participant &participant, qint64 actorId);
    void removeParticipant(qint64 meetingId, qint64 personId, qint64 actorId);

    QList<AgendaItem> agendaItems(qint64 meetingId);
    // Appends when item.position is 0; returns the new id.
    qint64 addAgendaItem(const AgendaItem &item, qint64 actorId);
    void updateAgendaItem(const AgendaItem &item, qint64 actorId);
    void removeAgendaItem(qint64 itemId, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
