#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Minutes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tf {

class Database;
class ReadBatch;
class Workspace;
template <typename T> class Later;

// One meeting's minutes as meeting mode keeps them: the meeting itself, the
// notes typed under each item, and the closing (finished, approved and
// locked, addenda, the clients agreed for the next meeting). Each change is
// one transaction, recorded for the signed-in person; a locked meeting is
// refused in Swedish.
class MeetingMinutes
{
public:
    explicit MeetingMinutes(Workspace &workspace);

    std::optional<Meeting> meeting(qint64 meetingId);
    Later<std::optional<Meeting>> meeting(ReadBatch &batch, qint64 meetingId);
    // Marks a planned meeting as held now; returns it as stored. A meeting
    // is held, finished and approved on or after its day, never before.
    Meeting start(const Meeting &meeting);
    // Why the meeting cannot be held, finished or approved yet (its day has
    // not come), in Swedish; empty when it can.
    static QString tooEarly(const Meeting &meeting, const QDateTime &nowUtc);
    int agendaItemCount(qint64 meetingId);

    // The notes of the meeting's items. They were read for the user when the
    // meeting was opened (readMinutesPages records that); these reads only
    // bring the fields up to date with other writers.
    QList<MinuteEntry> entries(qint64 meetingId);
    // The notes of the meeting the item is on.
    QList<MinuteEntry> entriesBeside(qint64 agendaItemId);
    // Inserts or updates the notes; a save to an older version is a conflict.
    MinuteEntry saveEntry(const MinuteEntry &entry);
    // The same on a given connection, recorded for actorId (NotesWriter's
    // own connection).
    static MinuteEntry saveEntry(Database &db, const MinuteEntry &entry, qint64 actorId);

    MinutesClosing closing(qint64 meetingId);
    // What the closing of the meeting shows, read together (one round trip
    // on PostgreSQL): the closing and its addenda; with a day also the
    // justerare, the clients agreed for the next meeting and the clients to
    // choose them from on that day.
    struct ClosingRead
    {
        MinutesClosing closing;
        QList<MinutesAddendum> addenda;
        QList<qint64> justerare;
        QList<qint64> nextMeetingClients;
        QList<Client> nextMeetingChoices;
    };
    ClosingRead readClosing(qint64 meetingId, const QDate &choicesOn = {});
    Later<ClosingRead> readClosing(ReadBatch &batch, qint64 meetingId, const QDate &choicesOn);
    bool isLocked(qint64 meetingId);
    void finish(qint64 meetingId);
    // The approver approves as themselves: only the meeting's chair or a
    // justerare named at it may, and the approval and its change-log entry
    // name them. On SQLite the approver confirms who they are with their
    // personal code (PersonalCodes); on PostgreSQL the approver is the
    // signed-in login's person and the code is not asked. Refusals are
    // Swedish StorageErrors (Refused); nothing changes then.
    void approve(qint64 meetingId, qint64 approverId, const QString &personalCode = {});
    // Whether approving asks the approver for their personal code (SQLite).
    bool approvalAsksForCode();
    // Who may approve the meeting's minutes: its chair, then its justerare.
    QList<qint64> approvers(qint64 meetingId);
    QList<qint64> justerare(qint64 meetingId);
    // Names the meeting's justerare (replacing those named before).
    void setJusterare(qint64 meetingId, const QList<qint64> &personIds);
    QList<MinutesAddendum> addenda(qint64 meetingId);
    qint64 addAddendum(const MinutesAddendum &addendum);
    QList<qint64> nextMeetingClients(qint64 meetingId);
    void setNextMeetingClients(qint64 meetingId, const QList<qint64> &clientIds);

private:
    Workspace &m_workspace;
};

} // namespace tf
