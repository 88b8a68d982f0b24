#pragma once

#include "domain/Action.h"
#include "domain/Meeting.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tf {

class Database;
class ClientSet;
class MeetingSet;
class ReadBatch;
struct ActionScope;
class UnitKey;
template <typename T> class Later;

// Meetings with their participants and agenda items.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database &db);

    qint64 create(const Meeting &meeting, qint64 actorId);
    std::optional<Meeting> byId(qint64 id);
    Later<std::optional<Meeting>> byId(ReadBatch &batch, qint64 id);
    // The meetings of the ids found, in no order; one round trip however
    // many (500 ids a statement, the statements sent together).
    QList<Meeting> byIds(const QList<qint64> &ids);
    Later<QList<Meeting>> byIds(ReadBatch &batch, const QList<qint64> &ids);
    // The meetings at which the unit's actions (of the status, when given)
    // were decided.
    Later<QList<Meeting>> decidingActionsOf(
        ReadBatch &batch, const UnitKey &unit, std::optional<ActionStatus> status = std::nullopt);
    // The meetings at which the scope's actions were decided, in no order.
    Later<QList<Meeting>> decidingActions(ReadBatch &batch, const ActionScope &scope);
    // The meetings at which the person's open SIP needs were noted, in no order.
    Later<QList<Meeting>> ofOpenSipNeeds(ReadBatch &batch, qint64 personId);
    // The next agenda place of each client from fromUtc on: the earliest
    // planned or running meeting with the client on its agenda (the first of
    // its items when there are several), all clients in one read. A client
    // with none is not in the result.
    struct AgendaPlace
    {
        Meeting meeting;
        qint64 agendaItemId = 0;
    };
    Later<QHash<qint64, AgendaPlace>> nextAgendaPlaces(
        ReadBatch &batch, const ClientSet &clients, const QDateTime &fromUtc);
    // The condition on `agenda_item i JOIN meeting m` of the clients' coming
    // agenda items: the set's values, then the time from, to bind.
    static QString comingAgendaItemsWhere(const ClientSet &clients);
    // Meetings of a unit starting in [fromUtc, toUtc), in start order.
    QList<Meeting> byUnit(qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc);
    Later<QList<Meeting>> byUnit(
        ReadBatch &batch, const UnitKey &unit, const QDateTime &fromUtc, const QDateTime &toUtc);
    // The meetings of the set, in start order.
    Later<QList<Meeting>> inSet(ReadBatch &batch, const MeetingSet &meetings);
    // The items about the clients on the agendas of the meetings, by
    // meeting and position.
    Later<QList<AgendaItem>> agendaItemsAbout(
        ReadBatch &batch, const ClientSet &clients, const MeetingSet &meetings);
    // The items about a client, any client, on their agendas, by meeting
    // and position.
    Later<QList<AgendaItem>> clientItemsOn(ReadBatch &batch, const MeetingSet &meetings);
    // Saves time, place, status, chair and secretary. Throws
    // StorageError::Kind::Conflict when the meeting changed since it was read.
    int save(const Meeting &meeting, qint64 actorId);

    // Saves the meeting's chosen leader (leaderPersonId, leaderExternalId)
    // to the version read; returns the new version. Conflict when the
    // meeting changed since; the database refuses it for locked minutes.
    int setLeader(const Meeting &meeting, qint64 actorId);
    // Stores the leader for a meeting that has none chosen, whatever its
    // version (the proposal kept as the minutes are approved); a meeting
    // with a chosen leader, or one the login may not change, keeps its own.
    void keepLeader(qint64 meetingId, qint64 personId, qint64 externalId, qint64 actorId);
    QList<Participant> participants(qint64 meetingId);
    Later<QList<Participant>> participants(ReadBatch &batch, qint64 meetingId);
    // Adds the person (participant.version 0) or saves the change to the
    // version read; returns the stored version. Throws
    // StorageError::Kind::Conflict when the row changed since it was read or
    // someone else added the person first.
    int setParticipant(const Participant &participant, qint64 actorId);
    void removeParticipant(qint64 meetingId, qint64 personId, qint64 actorId);

    QList<AgendaItem> agendaItems(qint64 meetingId);
    Later<QList<AgendaItem>> agendaItems(ReadBatch &batch, qint64 meetingId);
    // The meeting an agenda item belongs to; none when the item is gone.
    std::optional<qint64> meetingOfAgendaItem(qint64 itemId);
    // Appends when item.position is 0; returns the new id.
    qint64 addAgendaItem(const AgendaItem &item, qint64 actorId);
    // Saves the item and returns its new version. Throws
    // StorageError::Kind::Conflict when it changed since it was read.
    int updateAgendaItem(const AgendaItem &item, qint64 actorId);
    void removeAgendaItem(qint64 itemId, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
