#include "storage/MinutesRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/EngineMessages.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
// Refuses a change to the notes of a locked meeting's item; NotFound when
// the item is gone.
void refuseWhenItemLocked(Database &db, qint64 agendaItemId)
{
    // Whether the item still exists and its meeting's lock, in one read.
    Query query(db,
        QStringLiteral("SELECT c.locked FROM agenda_item i LEFT JOIN minutes_closing c "
                       "ON c.meeting_id = i.meeting_id WHERE i.id = ?"));
    query.bind(agendaItemId).exec();
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound,
            QStringLiteral("Punkten finns inte längre på dagordningen."));
    if (query.boolean(0))
        throw lockedMinutesError();
}
} // namespace

MinutesRepository::MinutesRepository(Database &db)
    : m_db(db)
{ }

namespace {
const QString kEntryColumns = QStringLiteral(
    "SELECT e.id, e.version, e.agenda_item_id, e.section, e.text, e.author_id, e.updated_at "
    "FROM minute_entry e ");

MinuteEntry entryOf(const Query &query)
{
    MinuteEntry entry;
    entry.id = query.id(0);
    entry.version = query.integer(1);
    entry.agendaItemId = query.id(2);
    entry.section = query.text(3);
    entry.text = query.text(4);
    entry.authorId = query.id(5);
    entry.updatedUtc = query.time(6);
    return entry;
}
} // namespace

QList<MinuteEntry> MinutesRepository::entries(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return entries(batch, meetingId); });
}

Later<QList<MinuteEntry>> MinutesRepository::entries(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(kEntryColumns
        + QStringLiteral("JOIN agenda_item i ON i.id = e.agenda_item_id "
                         "WHERE i.meeting_id = ? ORDER BY i.position, i.id, e.section"));
    statement.bind(meetingId);
    return batch.read<QList<MinuteEntry>>(statement, [](Query &query) {
        QList<MinuteEntry> list;
        while (query.next())
            list << entryOf(query);
        return list;
    });
}

std::optional<MinuteEntry> MinutesRepository::entry(qint64 entryId)
{
    Query query(m_db, kEntryColumns + QStringLiteral("WHERE e.id = ?"));
    query.bind(entryId).exec();
    if (!query.next())
        return std::nullopt;
    return entryOf(query);
}

std::optional<MinuteEntry> MinutesRepository::entry(qint64 agendaItemId, const QString &section)
{
    Query query(
        m_db, kEntryColumns + QStringLiteral("WHERE e.agenda_item_id = ? AND e.section = ?"));
    query.bind(agendaItemId).bind(section).exec();
    if (!query.next())
        return std::nullopt;
    return entryOf(query);
}

MinuteEntry MinutesRepository::saveEntry(const MinuteEntry &entry, qint64 actorId)
{
    // Part of the service's transaction (no savepoint of its own): a failed
    // save rolls the whole action back.
    Transaction transaction(m_db, Transaction::Nesting::Join);
    refuseWhenItemLocked(m_db, entry.agendaItemId);
    MinuteEntry stored = entry;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (entry.id == 0) {
        // Two people may start the same empty field at once: the later one
        // meets the other's text as an ordinary conflict, not a unique index.
        Query existing(m_db,
            QStringLiteral("SELECT 1 FROM minute_entry WHERE agenda_item_id = ? AND section = ?"));
        existing.bind(entry.agendaItemId).bind(entry.section).exec();
        if (existing.next())
            throw StorageError(StorageError::Kind::Conflict,
                QStringLiteral("Någon annan har just börjat skriva i samma fält. Din text "
                               "finns kvar i fältet men är inte sparad."));
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO minute_entry (agenda_item_id, section, text, author_id, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.bind(entry.agendaItemId).bind(entry.section).bind(entry.text).bindId(actorId);
        insert.bindTime(now).bindId(actorId);
        stored.id = insert.execReturningId();
        stored.version = 1;
        stored.authorId = actorId;
        recordChange(
            m_db, actorId, QStringLiteral("minute_entry"), stored.id, QStringLiteral("insert"));
    } else {
        Query update(m_db,
            QStringLiteral(
                "UPDATE minute_entry SET text = ?, version = version + 1, updated_at = ?, "
                "updated_by = ? WHERE id = ? AND version = ?"));
        update.bind(entry.text).bindTime(now).bindId(actorId).bind(entry.id).bind(entry.version);
        update.exec();
        if (update.rowsAffected() != 1)
            throw StorageError(StorageError::Kind::Conflict,
                QStringLiteral("Anteckningen har ändrats av någon annan. Din text "
                               "finns kvar i fältet men är inte sparad."));
        stored.version = entry.version + 1;
        recordChange(
            m_db, actorId, QStringLiteral("minute_entry"), stored.id, QStringLiteral("update"));
    }
    stored.updatedUtc = now;
    transaction.commit();
    return stored;
}

MinutesClosing MinutesRepository::closing(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return closing(batch, meetingId); });
}

Later<MinutesClosing> MinutesRepository::closing(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT version, finished_at, finished_by, approved_at, approved_by, locked "
                       "FROM minutes_closing WHERE meeting_id = ?"));
    statement.bind(meetingId);
    return batch.read<MinutesClosing>(statement, [meetingId](Query &query) {
        MinutesClosing closing;
        closing.meetingId = meetingId;
        if (!query.next())
            return closing;
        closing.version = query.integer(0);
        closing.finishedUtc = query.time(1);
        closing.finishedById = query.id(2);
        if (!query.text(3).isEmpty())
            closing.approvedUtc = query.time(3);
        closing.approvedById = query.id(4);
        closing.locked = query.boolean(5);
        return closing;
    });
}

bool MinutesRepository::isLocked(qint64 meetingId)
{
    return closing(meetingId).locked;
}

void MinutesRepository::refuseWhenLocked(qint64 meetingId)
{
    if (isLocked(meetingId))
        throw lockedMinutesError();
}

void MinutesRepository::setMeetingStatus(qint64 meetingId, MeetingStatus status, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE meeting SET status = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"));
    update.bind(meetingStatusKey(status)).bind(nowUtcText()).bindId(actorId).bind(meetingId).exec();
    if (update.rowsAffected() != 1)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Mötet finns inte längre."));
    recordChange(m_db, actorId, QStringLiteral("meeting"), meetingId, QStringLiteral("update"));
}

void MinutesRepository::finish(qint64 meetingId, qint64 actorId)
{
    Transaction transaction(m_db);
    refuseWhenLocked(meetingId);
    Query clear(m_db, QStringLiteral("DELETE FROM minutes_closing WHERE meeting_id = ?"));
    clear.bind(meetingId).exec();
    Query insert(m_db,
        QStringLiteral("INSERT INTO minutes_closing (meeting_id, finished_at, finished_by, "
                       "updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(meetingId).bind(nowUtcText()).bindId(actorId).bind(nowUtcText()).bindId(actorId);
    insert.exec();
    setMeetingStatus(meetingId, MeetingStatus::Finished, actorId);
    recordChange(
        m_db, actorId, QStringLiteral("minutes_closing"), meetingId, QStringLiteral("finish"));
    transaction.commit();
}

void MinutesRepository::approve(qint64 meetingId, qint64 approverId, qint64 actorId)
{
    Transaction transaction(m_db);
    const MinutesClosing current = closing(meetingId);
    if (!current.isFinished())
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Protokollet kan justeras först när sekreteraren har "
                           "avslutat mötet."));
    if (current.locked)
        throw lockedMinutesError();
    // The meeting row first: once the closing is locked, it refuses changes.
    setMeetingStatus(meetingId, MeetingStatus::Approved, actorId);
    Query update(m_db,
        QStringLiteral("UPDATE minutes_closing SET approved_at = ?, approved_by = ?, locked = 1, "
                       "version = version + 1, updated_at = ?, updated_by = ? WHERE meeting_id = ? "
                       "AND version = ?"));
    update.bind(nowUtcText()).bindId(approverId).bind(nowUtcText()).bindId(actorId);
    update.bind(meetingId).bind(current.version).exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Protokollet har ändrats av någon annan. Försök igen."));
    recordChange(
        m_db, actorId, QStringLiteral("minutes_closing"), meetingId, QStringLiteral("approve"));
    transaction.commit();
}

qint64 MinutesRepository::addAddendum(const MinutesAddendum &addendum, qint64 actorId)
{
    if (addendum.text.trimmed().isEmpty())
        throw StorageError(
            StorageError::Kind::General, QStringLiteral("Skriv rättelsen innan den läggs till."));
    Transaction transaction(m_db);
    if (!isLocked(addendum.meetingId))
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Tillägg görs bara i justerade protokoll. Ändra "
                           "anteckningarna direkt så länge protokollet inte är "
                           "justerat."));
    Query insert(m_db,
        QStringLiteral("INSERT INTO minutes_addendum (meeting_id, agenda_item_id, text, author_id, "
                       "created_at, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(addendum.meetingId).bindId(addendum.agendaItemId).bind(addendum.text.trimmed());
    insert.bindId(actorId).bind(nowUtcText()).bind(nowUtcText()).bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("minutes_addendum"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

QList<MinutesAddendum> MinutesRepository::addenda(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return addenda(batch, meetingId); });
}

Later<QList<MinutesAddendum>> MinutesRepository::addenda(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT id, meeting_id, agenda_item_id, text, author_id, created_at "
                       "FROM minutes_addendum WHERE meeting_id = ? ORDER BY created_at, id"));
    statement.bind(meetingId);
    return batch.read<QList<MinutesAddendum>>(statement, [](Query &query) {
        QList<MinutesAddendum> list;
        while (query.next()) {
            MinutesAddendum addendum;
            addendum.id = query.id(0);
            addendum.meetingId = query.id(1);
            addendum.agendaItemId = query.id(2);
            addendum.text = query.text(3);
            addendum.authorId = query.id(4);
            addendum.createdUtc = query.time(5);
            list << addendum;
        }
        return list;
    });
}

void MinutesRepository::setNextMeetingClients(
    qint64 meetingId, const QList<qint64> &clientIds, qint64 actorId)
{
    Transaction transaction(m_db);
    refuseWhenLocked(meetingId);
    Query clear(m_db, QStringLiteral("DELETE FROM next_meeting_client WHERE meeting_id = ?"));
    clear.bind(meetingId).exec();
    int position = 0;
    for (qint64 clientId : clientIds) {
        Query insert(m_db,
            QStringLiteral(
                "INSERT INTO next_meeting_client (meeting_id, client_id, position, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(meetingId).bind(clientId).bind(++position).bind(nowUtcText()).bindId(actorId);
        insert.exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("next_meeting_client"), meetingId, QStringLiteral("set"));
    transaction.commit();
}

namespace {
Later<QList<qint64>> idsOf(ReadBatch &batch, const QString &sql, qint64 meetingId)
{
    Query &statement = batch.add(sql);
    statement.bind(meetingId);
    return batch.read<QList<qint64>>(statement, [](Query &query) {
        QList<qint64> ids;
        while (query.next())
            ids << query.id(0);
        return ids;
    });
}
} // namespace

QList<qint64> MinutesRepository::nextMeetingClients(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return nextMeetingClients(batch, meetingId); });
}

Later<QList<qint64>> MinutesRepository::nextMeetingClients(ReadBatch &batch, qint64 meetingId)
{
    return idsOf(batch,
        QStringLiteral("SELECT client_id FROM next_meeting_client "
                       "WHERE meeting_id = ? ORDER BY position"),
        meetingId);
}

QList<qint64> MinutesRepository::justerare(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return justerare(batch, meetingId); });
}

Later<QList<qint64>> MinutesRepository::justerare(ReadBatch &batch, qint64 meetingId)
{
    return idsOf(batch,
        QStringLiteral(
            "SELECT person_id FROM meeting_justerare WHERE meeting_id = ? ORDER BY person_id"),
        meetingId);
}

void MinutesRepository::setJusterare(
    qint64 meetingId, const QList<qint64> &personIds, qint64 actorId)
{
    Transaction transaction(m_db);
    refuseWhenLocked(meetingId);
    Query clear(m_db, QStringLiteral("DELETE FROM meeting_justerare WHERE meeting_id = ?"));
    clear.bind(meetingId).exec();
    QList<qint64> named;
    for (qint64 personId : personIds) {
        if (personId <= 0 || named.contains(personId))
            continue;
        named << personId;
        Query insert(m_db,
            QStringLiteral("INSERT INTO meeting_justerare (meeting_id, person_id, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?)"));
        insert.bind(meetingId).bind(personId).bind(nowUtcText()).bindId(actorId).exec();
    }
    recordChange(
        m_db, actorId, QStringLiteral("meeting_justerare"), meetingId, QStringLiteral("set"));
    transaction.commit();
}

QList<qint64> MinutesRepository::clientsForNextMeeting(
    qint64 unitId, qint64 templateId, const QDateTime &beforeUtc)
{
    // A meeting held without a template follows the unit's other such meetings.
    const QString sameForum = templateId > 0 ? QStringLiteral("m.template_id = ?")
                                             : QStringLiteral("m.template_id IS NULL");
    Query latest(m_db,
        QStringLiteral("SELECT m.id FROM meeting m WHERE m.unit_id = ? AND %1 AND m.start_utc < ? "
                       "AND EXISTS (SELECT 1 FROM next_meeting_client n WHERE n.meeting_id = m.id) "
                       "ORDER BY m.start_utc DESC, m.id DESC")
            .arg(sameForum));
    latest.bind(unitId);
    if (templateId > 0)
        latest.bind(templateId);
    latest.bindTime(beforeUtc).exec();
    if (!latest.next())
        return {};
    const qint64 meetingId = latest.id(0);
    return nextMeetingClients(meetingId);
}

} // namespace tf
