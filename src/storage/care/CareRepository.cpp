#include "storage/care/CareRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

CareRepository::CareRepository(Database &db)
    : m_db(db)
{ }

namespace {
const QString kParticipationSelect
    = QStringLiteral("SELECT version, client_asked, client_wishes, not_asked_reason, relatives, "
                     "relatives_note, agenda_item_id FROM participation");

Participation readParticipation(const Query &query)
{
    Participation p;
    p.version = query.integer(0);
    p.clientAsked = query.boolean(1);
    p.clientWishes = query.text(2);
    p.notAskedReason = query.text(3);
    p.relatives = relativesAskedFromKey(query.text(4));
    p.relativesNote = query.text(5);
    p.agendaItemId = query.id(6);
    return p;
}

// The checklists by agenda item.
QHash<qint64, Participation> readParticipations(Query &query)
{
    QHash<qint64, Participation> found;
    while (query.next()) {
        const Participation p = readParticipation(query);
        found.insert(p.agendaItemId, p);
    }
    return found;
}
} // namespace

std::optional<Participation> CareRepository::participation(qint64 agendaItemId)
{
    Query query(m_db, kParticipationSelect + QStringLiteral(" WHERE agenda_item_id = ?"));
    query.bind(agendaItemId).exec();
    if (!query.next())
        return std::nullopt;
    return readParticipation(query);
}

Later<QHash<qint64, Participation>> CareRepository::participationsOfMeeting(
    ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(kParticipationSelect
        + QStringLiteral(
            " WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)"));
    statement.bind(meetingId);
    return batch.read<QHash<qint64, Participation>>(statement, readParticipations);
}

Later<QHash<qint64, Participation>> CareRepository::participationsOfComingItems(
    ReadBatch &batch, const ClientSet &clients, const QDateTime &fromUtc)
{
    Query &statement = batch.add(kParticipationSelect
        + QStringLiteral(" WHERE agenda_item_id IN (SELECT i.id FROM agenda_item i JOIN meeting m "
                         "ON m.id = i.meeting_id WHERE %1)")
              .arg(MeetingRepository::comingAgendaItemsWhere(clients)));
    statement.bindAll(clients.values());
    statement.bindTime(fromUtc);
    return batch.read<QHash<qint64, Participation>>(statement, readParticipations);
}

int CareRepository::saveParticipation(const Participation &p, qint64 actorId)
{
    const QString error = p.validationError();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::General, error);
    Transaction transaction(m_db);
    if (p.version == 0) {
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO participation (agenda_item_id, client_asked, client_wishes, "
                "not_asked_reason, relatives, relatives_note, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(p.agendaItemId)
            .bindBool(p.clientAsked)
            .bind(p.clientWishes.trimmed())
            .bind(p.notAskedReason.trimmed())
            .bind(relativesAskedKey(p.relatives))
            .bind(p.relativesNote.trimmed())
            .bind(nowUtcText())
            .bindId(actorId)
            .exec();
    } else {
        Query update(m_db,
            QStringLiteral(
                "UPDATE participation SET client_asked = ?, client_wishes = ?, not_asked_reason = "
                "?, "
                "relatives = ?, relatives_note = ?, version = version + 1, updated_at = ?, "
                "updated_by = ? WHERE agenda_item_id = ? AND version = ?"));
        update.bindBool(p.clientAsked)
            .bind(p.clientWishes.trimmed())
            .bind(p.notAskedReason.trimmed())
            .bind(relativesAskedKey(p.relatives))
            .bind(p.relativesNote.trimmed())
            .bind(nowUtcText())
            .bindId(actorId)
            .bind(p.agendaItemId)
            .bind(p.version);
        update.exec();
        if (update.rowsAffected() != 1)
            throw StorageError(StorageError::Kind::Conflict,
                QStringLiteral("Checklistan har ändrats av någon annan sedan du "
                               "öppnade den. Dina ändringar har inte sparats."));
    }
    recordChange(m_db, actorId, QStringLiteral("participation"), p.agendaItemId,
        p.version == 0 ? QStringLiteral("insert") : QStringLiteral("update"));
    transaction.commit();
    return p.version + 1;
}

std::optional<ClientFeedback> CareRepository::feedback(qint64 actionId)
{
    Query query(m_db,
        QStringLiteral("SELECT version, given_on, method, given_by, note FROM "
                       "client_feedback WHERE action_id = ?"));
    query.bind(actionId).exec();
    if (!query.next())
        return std::nullopt;
    ClientFeedback f;
    f.actionId = actionId;
    f.version = query.integer(0);
    f.givenOn = query.date(1);
    f.method = feedbackMethodFromKey(query.text(2));
    f.givenById = query.id(3);
    f.note = query.text(4);
    return f;
}

void CareRepository::recordFeedback(const ClientFeedback &f, qint64 actorId)
{
    if (!f.givenOn.isValid())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Ange datum för återkopplingen."));
    Transaction transaction(m_db);
    if (feedback(f.actionId))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Återkopplingen är redan registrerad av någon annan."));
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO client_feedback (action_id, given_on, method, given_by, note, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(f.actionId)
        .bindDate(f.givenOn)
        .bind(feedbackMethodKey(f.method))
        .bindId(f.givenById ? f.givenById : actorId)
        .bind(f.note.trimmed())
        .bind(nowUtcText())
        .bindId(actorId)
        .exec();
    recordChange(
        m_db, actorId, QStringLiteral("client_feedback"), f.actionId, QStringLiteral("insert"));
    transaction.commit();
}

QList<qint64> CareRepository::clientsOfContactPerson(qint64 personId, const QDate &day)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return clientsOfContactPerson(batch, personId, day); });
}

Later<QList<qint64>> CareRepository::clientsOfContactPerson(
    ReadBatch &batch, qint64 personId, const QDate &day)
{
    return clientIds(batch, ClientSet::ofContactPerson(personId, day));
}

QList<qint64> CareRepository::clientsOfClinician(qint64 personId, const QDate &day)
{
    return readAlone(
        m_db, [&](ReadBatch &batch) { return clientsOfClinician(batch, personId, day); });
}

Later<QList<qint64>> CareRepository::clientsOfClinician(
    ReadBatch &batch, qint64 personId, const QDate &day)
{
    return clientIds(batch, ClientSet::ofClinician(personId, day));
}

Later<QList<qint64>> CareRepository::clientIds(ReadBatch &batch, const ClientSet &clients)
{
    Query &query = batch.add(clients.sql() + QStringLiteral(" ORDER BY name, id"));
    query.bindAll(clients.values());
    return batch.read<QList<qint64>>(query, [](Query &rows) {
        QList<qint64> list;
        while (rows.next())
            list << rows.id(0);
        return list;
    });
}

QList<ClientAgendaEntry> CareRepository::comingAgendaEntries(
    qint64 clientId, const QDateTime &fromUtc)
{
    Query query(m_db,
        QStringLiteral(
            "SELECT m.id, i.id, m.start_utc FROM agenda_item i JOIN meeting m ON m.id = "
            "i.meeting_id "
            "WHERE i.client_id = ? AND m.start_utc >= ? AND m.status IN ('planned', 'in_progress') "
            "ORDER BY m.start_utc, i.position"));
    query.bind(clientId).bindTime(fromUtc).exec();
    QList<ClientAgendaEntry> list;
    while (query.next())
        list << ClientAgendaEntry {query.id(0), query.id(1), query.time(2)};
    return list;
}

} // namespace tf
