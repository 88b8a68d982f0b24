#pragma once

#include "domain/care/CareRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace tf {

class Database;
class ClientSet;
class ReadBatch;
template <typename T> class Later;

// A client's item on a meeting agenda.
struct ClientAgendaEntry
{
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    QDateTime startUtc;
};

// The contact person's records around the meeting (participation checklist,
// feedback to the client) and the look-ups the care views need.
class CareRepository
{
public:
    explicit CareRepository(Database &db);

    std::optional<Participation> participation(qint64 agendaItemId);
    // The checklists of the meeting's agenda items, by item.
    Later<QHash<qint64, Participation>> participationsOfMeeting(ReadBatch &batch, qint64 meetingId);
    // The checklists of the clients' coming agenda items (those
    // MeetingRepository::nextAgendaPlaces looks among), by agenda item.
    Later<QHash<qint64, Participation>> participationsOfComingItems(
        ReadBatch &batch, const ClientSet &clients, const QDateTime &fromUtc);
    // Inserts or updates; throws StorageError::Kind::Conflict when someone
    // else saved the checklist since it was read. Returns the new version.
    int saveParticipation(const Participation &participation, qint64 actorId);

    std::optional<ClientFeedback> feedback(qint64 actionId);
    // Marks the decision as reported back. Throws when already recorded.
    void recordFeedback(const ClientFeedback &feedback, qint64 actorId);

    // The current clients (insats not ended by `day`) whose contact person
    // is personId: Mina kunder.
    QList<qint64> clientsOfContactPerson(qint64 personId, const QDate &day);
    Later<QList<qint64>> clientsOfContactPerson(
        ReadBatch &batch, qint64 personId, const QDate &day);
    // The current clients whose nurse, occupational therapist or
    // physiotherapist is personId (ClientSet::ofClinician).
    QList<qint64> clientsOfClinician(qint64 personId, const QDate &day);
    Later<QList<qint64>> clientsOfClinician(ReadBatch &batch, qint64 personId, const QDate &day);
    // The client's items on agendas of planned meetings from fromUtc on,
    // earliest first.
    QList<ClientAgendaEntry> comingAgendaEntries(qint64 clientId, const QDateTime &fromUtc);

private:
    // The ids of the set's clients, by name.
    Later<QList<qint64>> clientIds(ReadBatch &batch, const ClientSet &clients);

    Database &m_db;
};

} // namespace tf
