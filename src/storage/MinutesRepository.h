#pragma once

#include "domain/Meeting.h"
#include "domain/Minutes.h"

#include <QList>
#include <optional>

namespace tf {

class Database;
class ReadBatch;
template <typename T> class Later;

// The minutes of a meeting: notes per agenda item and section, the closing
// (finished, approved, locked), addenda and the clients agreed for the next
// meeting. Locked minutes refuse every change but an addendum.
class MinutesRepository
{
public:
    explicit MinutesRepository(Database &db);

    // Every entry of the meeting's agenda items, in agenda order.
    QList<MinuteEntry> entries(qint64 meetingId);
    Later<QList<MinuteEntry>> entries(ReadBatch &batch, qint64 meetingId);
    // One notes field by its id; nothing when there is none.
    std::optional<MinuteEntry> entry(qint64 entryId);
    // One notes field by its item and section; nothing when there is none.
    std::optional<MinuteEntry> entry(qint64 agendaItemId, const QString &section);
    // Inserts (entry.id == 0) or updates the entry and returns it as stored.
    // Throws StorageError::Kind::Conflict when it changed since it was read,
    // and when the minutes are locked.
    MinuteEntry saveEntry(const MinuteEntry &entry, qint64 actorId);

    MinutesClosing closing(qint64 meetingId);
    Later<MinutesClosing> closing(ReadBatch &batch, qint64 meetingId);
    // The secretary finishes: the meeting becomes Finished.
    void finish(qint64 meetingId, qint64 actorId);
    // The justerare (or the chair) approves: the meeting becomes Approved and
    // the minutes are locked. The database refuses an approver who is
    // neither the meeting's chair nor one of its justerare (migration 018).
    void approve(qint64 meetingId, qint64 approverId, qint64 actorId);
    // The justerare named at the meeting, in the order of their ids.
    QList<qint64> justerare(qint64 meetingId);
    Later<QList<qint64>> justerare(ReadBatch &batch, qint64 meetingId);
    // Replaces the meeting's justerare; refused when the minutes are locked.
    void setJusterare(qint64 meetingId, const QList<qint64> &personIds, qint64 actorId);
    bool isLocked(qint64 meetingId);

    // Only approved minutes take addenda. Returns the new id.
    qint64 addAddendum(const MinutesAddendum &addendum, qint64 actorId);
    QList<MinutesAddendum> addenda(qint64 meetingId);
    Later<QList<MinutesAddendum>> addenda(ReadBatch &batch, qint64 meetingId);

    // Replaces the clients agreed at this meeting for the next one.
    void setNextMeetingClients(qint64 meetingId, const QList<qint64> &clientIds, qint64 actorId);
    QList<qint64> nextMeetingClients(qint64 meetingId);
    Later<QList<qint64>> nextMeetingClients(ReadBatch &batch, qint64 meetingId);
    // For the agenda of a new meeting: the clients agreed at the latest
    // earlier meeting of the same unit and forum (template) that recorded any.
    QList<qint64> clientsForNextMeeting(
        qint64 unitId, qint64 templateId, const QDateTime &beforeUtc);

private:
    void refuseWhenLocked(qint64 meetingId);
    void setMeetingStatus(qint64 meetingId, MeetingStatus status, qint64 actorId);

    Database &m_db;
};

} // namespace tf
