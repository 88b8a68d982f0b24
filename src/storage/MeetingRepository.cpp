#include "storage/MeetingRepository.h"

#include "storage/ActionScope.h"
#include "storage/ChangeLog.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/MeetingSet.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"
#include "storage/UnitKey.h"
#include "storage/care/SipRepository.h"

#include <QUuid>

namespace tf {

namespace {
const QString kMeetingColumns = QStringLiteral(
    "id, version, uuid, unit_id, template_id, series_id, start_utc, minutes, location, "
    "status, chair_id, secretary_id, cancel_reason, leader_person_id, leader_external_id");
const QString kMeetingSelect = QStringLiteral("SELECT %1 FROM meeting").arg(kMeetingColumns);
constexpr int kMeetingColumnCount = 15;

Meeting readMeeting(const Query &query)
{
    Meeting meeting;
    meeting.id = query.id(0);
    meeting.version = query.integer(1);
    meeting.uuid = query.text(2);
    meeting.unitId = query.id(3);
    meeting.templateId = query.id(4);
    meeting.seriesId = query.id(5);
    meeting.startUtc = query.time(6);
    meeting.minutes = query.integer(7);
    meeting.location = query.text(8);
    meeting.status = meetingStatusFromKey(query.text(9));
    meeting.chairId = query.id(10);
    meeting.secretaryId = query.id(11);
    meeting.cancelReason = query.text(12);
    meeting.leaderPersonId = query.id(13);
    meeting.leaderExternalId = query.id(14);
    return meeting;
}

const QString kAgendaItemSelect
    = QStringLiteral("SELECT id, meeting_id, position, title, body, client_id, raised_by, "
                     "from_template, version FROM agenda_item");

QList<AgendaItem> readAgendaItems(Query &query)
{
    QList<AgendaItem> items;
    while (query.next()) {
        AgendaItem item;
        item.id = query.id(0);
        item.meetingId = query.id(1);
        item.position = query.integer(2);
        item.title = query.text(3);
        item.body = query.text(4);
        item.clientId = query.id(5);
        item.raisedById = query.id(6);
        item.fromTemplate = query.boolean(7);
        item.version = query.integer(8);
        items << item;
    }
    return items;
}

QList<Meeting> readMeetings(Query &query)
{
    QList<Meeting> meetings;
    while (query.next())
        meetings << readMeeting(query);
    return meetings;
}
} // namespace

MeetingRepository::MeetingRepository(Database &db)
    : m_db(db)
{ }

qint64 MeetingRepository::create(const Meeting &meeting, qint64 actorId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO meeting (uuid, unit_id, template_id, series_id, start_utc, minutes, "
            "location, status, chair_id, secretary_id, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert
        .bind(meeting.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                     : meeting.uuid)
        .bind(meeting.unitId)
        .bindId(meeting.templateId)
        .bindId(meeting.seriesId)
        .bindTime(meeting.startUtc)
        .bind(meeting.minutes)
        .bind(meeting.location)
        .bind(meetingStatusKey(meeting.status))
        .bindId(meeting.chairId)
        .bindId(meeting.secretaryId)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("meeting"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<Meeting> MeetingRepository::byId(qint64 id)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return byId(batch, id); });
}

Later<std::optional<Meeting>> MeetingRepository::byId(ReadBatch &batch, qint64 id)
{
    Query &statement = batch.add(kMeetingSelect + QStringLiteral(" WHERE id = ?"));
    statement.bind(id);
    return batch.read<std::optional<Meeting>>(
        statement, [](Query &query) -> std::optional<Meeting> {
            if (!query.next())
                return std::nullopt;
            return readMeeting(query);
        });
}

QList<Meeting> MeetingRepository::byIds(const QList<qint64> &ids)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return byIds(batch, ids); });
}

Later<QList<Meeting>> MeetingRepository::byIds(ReadBatch &batch, const QList<qint64> &ids)
{
    constexpr qsizetype kPerStatement = 500;
    QList<Later<QList<Meeting>>> parts;
    for (qsizetype from = 0; from < ids.size(); from += kPerStatement) {
        const QList<qint64> some = ids.mid(from, kPerStatement);
        Query &statement = batch.add(
            kMeetingSelect + QStringLiteral(" WHERE id IN (%1)").arg(parameterMarks(some.size())));
        for (qint64 id : some)
            statement.bind(id);
        parts << batch.read<QList<Meeting>>(statement, readMeetings);
    }
    return batch.derive<QList<Meeting>>([parts]() mutable {
        QList<Meeting> meetings;
        for (auto &part : parts)
            meetings << part.take();
        return meetings;
    });
}

Later<QList<Meeting>> MeetingRepository::decidingActionsOf(
    ReadBatch &batch, const UnitKey &unit, std::optional<ActionStatus> status)
{
    // Named as the unit's meetings too, so that a plan may start from them
    // rather than from every meeting stored (PostgreSQL with parallel
    // workers chose the latter).
    const ActionScope scope = ActionScope::ofUnit(unit, status);
    Query &statement = batch.add(kMeetingSelect
        + QStringLiteral(" WHERE unit_id = %1 AND id IN (SELECT a.meeting_id FROM team_action a "
                         "WHERE %2)")
              .arg(unit.sql(), scope.where));
    statement.bindAll(unit.values());
    statement.bindAll(scope.values);
    return batch.read<QList<Meeting>>(statement, readMeetings);
}

Later<QList<Meeting>> MeetingRepository::decidingActions(ReadBatch &batch, const ActionScope &scope)
{
    Query &statement = batch.add(kMeetingSelect
        + QStringLiteral(" WHERE id IN (SELECT a.meeting_id FROM team_action a WHERE %1)")
              .arg(scope.where));
    statement.bindAll(scope.values);
    return batch.read<QList<Meeting>>(statement, readMeetings);
}

Later<QList<Meeting>> MeetingRepository::ofOpenSipNeeds(ReadBatch &batch, qint64 personId)
{
    Query &statement = batch.add(kMeetingSelect
        + QStringLiteral(" WHERE id IN (SELECT meeting_id FROM sip_need WHERE %1)")
              .arg(SipRepository::openOfCondition()));
    statement.bind(personId);
    return batch.read<QList<Meeting>>(statement, readMeetings);
}

QString MeetingRepository::comingAgendaItemsWhere(const ClientSet &clients)
{
    return QStringLiteral("i.client_id IN (%1) AND m.start_utc >= ? "
                          "AND m.status IN ('planned', 'in_progress')")
        .arg(clients.sql());
}

Later<QHash<qint64, MeetingRepository::AgendaPlace>> MeetingRepository::nextAgendaPlaces(
    ReadBatch &batch, const ClientSet &clients, const QDateTime &fromUtc)
{
    QStringList columns = kMeetingColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("m."));
    Query &statement
        = batch.add(QStringLiteral("SELECT %1, i.client_id, i.id FROM agenda_item i "
                                   "JOIN meeting m ON m.id = i.meeting_id WHERE %2 "
                                   "ORDER BY i.client_id, m.start_utc, i.position")
                        .arg(columns.join(QStringLiteral(", ")), comingAgendaItemsWhere(clients)));
    statement.bindAll(clients.values());
    statement.bindTime(fromUtc);
    return batch.read<QHash<qint64, AgendaPlace>>(statement, [](Query &query) {
        QHash<qint64, AgendaPlace> places;
        while (query.next()) {
            const qint64 clientId = query.id(kMeetingColumnCount);
            if (!places.contains(clientId))
                places.insert(clientId, {readMeeting(query), query.id(kMeetingColumnCount + 1)});
        }
        return places;
    });
}

QList<Meeting> MeetingRepository::byUnit(
    qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return readAlone(m_db,
        [&](ReadBatch &batch) { return byUnit(batch, UnitKey::unit(unitId), fromUtc, toUtc); });
}

Later<QList<Meeting>> MeetingRepository::byUnit(
    ReadBatch &batch, const UnitKey &unit, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    Query &statement = batch.add(kMeetingSelect
        + QStringLiteral(" WHERE unit_id = %1 AND start_utc >= ? AND start_utc < ? "
                         "ORDER BY start_utc, id")
              .arg(unit.sql()));
    statement.bindAll(unit.values());
    statement.bindTime(fromUtc).bindTime(toUtc);
    return batch.read<QList<Meeting>>(statement, readMeetings);
}

Later<QList<Meeting>> MeetingRepository::inSet(ReadBatch &batch, const MeetingSet &meetings)
{
    Query &statement = batch.add(kMeetingSelect
        + QStringLiteral(" WHERE id IN (%1) ORDER BY start_utc, id").arg(meetings.sql()));
    statement.bindAll(meetings.values());
    return batch.read<QList<Meeting>>(statement, readMeetings);
}

Later<QList<AgendaItem>> MeetingRepository::agendaItemsAbout(
    ReadBatch &batch, const ClientSet &clients, const MeetingSet &meetings)
{
    Query &statement = batch.add(kAgendaItemSelect
        + QStringLiteral(
            " WHERE client_id IN (%1) AND meeting_id IN (%2) ORDER BY meeting_id, position, id")
              .arg(clients.sql(), meetings.sql()));
    statement.bindAll(clients.values());
    statement.bindAll(meetings.values());
    return batch.read<QList<AgendaItem>>(statement, readAgendaItems);
}

Later<QList<AgendaItem>> MeetingRepository::clientItemsOn(
    ReadBatch &batch, const MeetingSet &meetings)
{
    Query &statement = batch.add(kAgendaItemSelect
        + QStringLiteral(" WHERE client_id IS NOT NULL AND meeting_id IN (%1) "
                         "ORDER BY meeting_id, position, id")
              .arg(meetings.sql()));
    statement.bindAll(meetings.values());
    return batch.read<QList<AgendaItem>>(statement, readAgendaItems);
}

int MeetingRepository::save(const Meeting &meeting, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE meeting SET start_utc = ?, minutes = ?, location = ?, status = ?, "
                       "cancel_reason = ?, chair_id = ?, "
                       "secretary_id = ?, version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bindTime(meeting.startUtc)
        .bind(meeting.minutes)
        .bind(meeting.location)
        .bind(meetingStatusKey(meeting.status))
        .bind(meeting.cancelReason.trimmed())
        .bindId(meeting.chairId)
        .bindId(meeting.secretaryId)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(meeting.id)
        .bind(meeting.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Mötet har ändrats av någon annan sedan du öppnade det. "
                           "Dina ändringar har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("meeting"), meeting.id, QStringLiteral("update"));
    transaction.commit();
    return meeting.version + 1;
}

int MeetingRepository::setLeader(const Meeting &meeting, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE meeting SET leader_person_id = ?, leader_external_id = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bindId(meeting.leaderPersonId)
        .bindId(meeting.leaderExternalId)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(meeting.id)
        .bind(meeting.version);
    update.exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Mötet har ändrats av någon annan sedan du öppnade det. "
                           "Mötesledaren har inte sparats."));
    recordChange(m_db, actorId, QStringLiteral("meeting"), meeting.id, QStringLiteral("update"));
    transaction.commit();
    return meeting.version + 1;
}

void MeetingRepository::keepLeader(
    qint64 meetingId, qint64 personId, qint64 externalId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE meeting SET leader_person_id = ?, leader_external_id = ? "
                       "WHERE id = ? AND leader_person_id IS NULL AND leader_external_id IS NULL"));
    update.bindId(personId).bindId(externalId).bind(meetingId).exec();
    if (update.rowsAffected() == 1)
        recordChange(m_db, actorId, QStringLiteral("meeting"), meetingId, QStringLiteral("update"));
    transaction.commit();
}

QList<Participant> MeetingRepository::participants(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return participants(batch, meetingId); });
}

Later<QList<Participant>> MeetingRepository::participants(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(QStringLiteral(
        "SELECT meeting_id, person_id, role, adjunct, attendance, substitute_id, invited_on, "
        "version FROM participant WHERE meeting_id = ? ORDER BY adjunct, role, person_id"));
    statement.bind(meetingId);
    return batch.read<QList<Participant>>(statement, [](Query &query) {
        QList<Participant> list;
        while (query.next()) {
            Participant participant;
            participant.meetingId = query.id(0);
            participant.personId = query.id(1);
            participant.role = query.text(2);
            participant.adjunct = query.boolean(3);
            participant.attendance = attendanceFromKey(query.text(4));
            participant.substituteId = query.id(5);
            participant.invitedOn = query.date(6);
            participant.version = query.integer(7);
            list << participant;
        }
        return list;
    });
}

int MeetingRepository::setParticipant(const Participant &participant, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE participant SET role = ?, adjunct = ?, attendance = ?, "
                       "substitute_id = ?, invited_on = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? "
                       "WHERE meeting_id = ? AND person_id = ? AND version = ?"));
    update.bind(participant.role)
        .bindBool(participant.adjunct)
        .bind(attendanceKey(participant.attendance))
        .bindId(participant.substituteId)
        .bindDate(participant.invitedOn)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(participant.meetingId)
        .bind(participant.personId)
        .bind(participant.version);
    update.exec();
    if (update.rowsAffected() != 1) {
        Query exists(m_db,
            QStringLiteral("SELECT 1 FROM participant WHERE meeting_id = ? AND person_id = ?"));
        exists.bind(participant.meetingId).bind(participant.personId).exec();
        if (exists.next())
            throw StorageError(StorageError::Kind::Conflict,
                QStringLiteral("Deltagaren har ändrats av någon annan sedan du läste "
                               "listan. Listan visas nu som den är sparad; gör din ändring igen."));
        if (participant.version != 0)
            throw StorageError(StorageError::Kind::NotFound,
                QStringLiteral("Personen är inte längre med på mötet."));
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO participant (meeting_id, person_id, role, adjunct, attendance, "
                "substitute_id, invited_on, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(participant.meetingId)
            .bind(participant.personId)
            .bind(participant.role)
            .bindBool(participant.adjunct)
            .bind(attendanceKey(participant.attendance))
            .bindId(participant.substituteId)
            .bindDate(participant.invitedOn)
            .bind(nowUtcText())
            .bindId(actorId);
        insert.exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("participant"), participant.meetingId, QStringLiteral("set"));
    transaction.commit();
    return participant.version + 1;
}

void MeetingRepository::removeParticipant(qint64 meetingId, qint64 personId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(
        m_db, QStringLiteral("DELETE FROM participant WHERE meeting_id = ? AND person_id = ?"));
    remove.bind(meetingId).bind(personId).exec();
    recordChange(m_db, actorId, QStringLiteral("participant"), meetingId, QStringLiteral("delete"));
    transaction.commit();
}

std::optional<qint64> MeetingRepository::meetingOfAgendaItem(qint64 itemId)
{
    Query query(m_db, QStringLiteral("SELECT meeting_id FROM agenda_item WHERE id = ?"));
    query.bind(itemId).exec();
    if (!query.next())
        return std::nullopt;
    return query.id(0);
}

QList<AgendaItem> MeetingRepository::agendaItems(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return agendaItems(batch, meetingId); });
}

Later<QList<AgendaItem>> MeetingRepository::agendaItems(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(
        kAgendaItemSelect + QStringLiteral(" WHERE meeting_id = ? ORDER BY position, id"));
    statement.bind(meetingId);
    return batch.read<QList<AgendaItem>>(statement, readAgendaItems);
}

qint64 MeetingRepository::addAgendaItem(const AgendaItem &item, qint64 actorId)
{
    Transaction transaction(m_db);
    int position = item.position;
    if (position <= 0) {
        Query last(m_db,
            QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM agenda_item "
                           "WHERE meeting_id = ?"));
        last.bind(item.meetingId).exec();
        position = (last.next() ? last.integer(0) : 0) + 1;
    }
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO agenda_item (meeting_id, position, title, body, client_id, raised_by, "
            "from_template, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
            "id"));
    insert.bind(item.meetingId)
        .bind(position)
        .bind(item.title.trimmed())
        .bind(item.body)
        .bindId(item.clientId)
        .bindId(item.raisedById)
        .bindBool(item.fromTemplate)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("agenda_item"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

int MeetingRepository::updateAgendaItem(const AgendaItem &item, qint64 actorId)
{
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE agenda_item SET position = ?, title = ?, body = ?, client_id = ?, "
                       "raised_by = ?, version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ?"));
    update.bind(item.position)
        .bind(item.title.trimmed())
        .bind(item.body)
        .bindId(item.clientId)
        .bindId(item.raisedById)
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(item.id)
        .bind(item.version);
    update.exec();
    if (update.rowsAffected() != 1) {
        if (!meetingOfAgendaItem(item.id))
            throw StorageError(StorageError::Kind::NotFound,
                QStringLiteral("Punkten finns inte längre på dagordningen."));
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Punkten ”%1” har ändrats av någon annan sedan du läste den. "
                           "Dagordningen visas nu som den är sparad; gör din ändring igen.")
                .arg(item.title.trimmed()));
    }
    recordChange(m_db, actorId, QStringLiteral("agenda_item"), item.id, QStringLiteral("update"));
    transaction.commit();
    return item.version + 1;
}

void MeetingRepository::removeAgendaItem(qint64 itemId, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db, QStringLiteral("DELETE FROM agenda_item WHERE id = ?"));
    remove.bind(itemId).exec();
    recordChange(m_db, actorId, QStringLiteral("agenda_item"), itemId, QStringLiteral("delete"));
    transaction.commit();
}

} // namespace tf
