#include "storage/MeetingGuestRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
const QString kSelect
    = QStringLiteral("SELECT id, version, meeting_id, client_id, relative_name, relation, "
                     "attendance FROM meeting_guest");

MeetingGuest readGuest(const Query &query)
{
    MeetingGuest guest;
    guest.id = query.id(0);
    guest.version = query.integer(1);
    guest.meetingId = query.id(2);
    guest.clientId = query.id(3);
    guest.relativeName = query.text(4);
    guest.relation = query.text(5);
    guest.attendance = attendanceFromKey(query.text(6));
    return guest;
}

// The meeting's clients and relatives, then its external participants, in
// one statement (opening a meeting reads them together).
const QString kOfMeeting = QStringLiteral(
    "SELECT id, version, meeting_id, client_id, relative_name, relation, attendance, "
    "0 AS kind, CASE WHEN relative_name = '' THEN 0 ELSE 1 END AS rel_order, "
    "CAST(NULL AS BIGINT) AS external_id, '' AS name, '' AS organisation, '' AS role, "
    "'' AS email FROM meeting_guest WHERE meeting_id = ? "
    "UNION ALL SELECT x.id, x.version, x.meeting_id, CAST(NULL AS BIGINT), '', '', "
    "x.attendance, 1, 0, e.id, e.name, e.organisation, e.role, e.email "
    "FROM meeting_external x JOIN external_person e ON e.id = x.external_id "
    "WHERE x.meeting_id = ? ORDER BY 8, 4, 9, 11, 1");

StorageError changedMeanwhile()
{
    return StorageError(StorageError::Kind::Conflict,
        QStringLiteral("Gästen har ändrats av någon annan sedan du öppnade mötet. Läs in "
                       "närvaron igen och gör ändringen på nytt."));
}
} // namespace

MeetingGuestRepository::MeetingGuestRepository(Database &db)
    : m_db(db)
{ }

qint64 MeetingGuestRepository::add(const MeetingGuest &guest, qint64 actorId)
{
    Transaction transaction(m_db);
    Query existing(m_db,
        QStringLiteral("SELECT id FROM meeting_guest WHERE meeting_id = ? AND client_id = ? "
                       "AND relative_name = ?"));
    existing.bind(guest.meetingId).bind(guest.clientId).bind(guest.relativeName).exec();
    if (existing.next())
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("%1 är redan inbjuden till mötet.")
                .arg(guest.isClient() ? QStringLiteral("Kunden") : guest.relativeName));
    Query insert(m_db,
        QStringLiteral("INSERT INTO meeting_guest (meeting_id, client_id, relative_name, "
                       "relation, attendance, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"));
    insert.bind(guest.meetingId)
        .bind(guest.clientId)
        .bind(guest.relativeName)
        .bind(guest.relation)
        .bind(attendanceKey(guest.attendance))
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("meeting_guest"), id, QStringLiteral("insert"));
    transaction.commit();
    return id;
}

std::optional<MeetingGuest> MeetingGuestRepository::byId(qint64 id)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readGuest(query);
}

QList<MeetingGuest> MeetingGuestRepository::ofMeeting(qint64 meetingId)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return ofMeeting(batch, meetingId); });
}

Later<QList<MeetingGuest>> MeetingGuestRepository::ofMeeting(ReadBatch &batch, qint64 meetingId)
{
    Query &statement = batch.add(kOfMeeting);
    statement.bind(meetingId).bind(meetingId);
    return batch.read<QList<MeetingGuest>>(statement, [](Query &query) {
        QList<MeetingGuest> guests;
        while (query.next()) {
            MeetingGuest guest = readGuest(query);
            guest.external.id = query.id(9);
            if (guest.isExternal()) {
                guest.external.name = query.text(10);
                guest.external.organisation = query.text(11);
                guest.external.role = query.text(12);
                guest.external.email = query.text(13);
            }
            guests << guest;
        }
        return guests;
    });
}

QList<MeetingGuest> MeetingGuestRepository::ofClient(qint64 clientId)
{
    Query query(m_db, kSelect + QStringLiteral(" WHERE client_id = ? ORDER BY id"));
    query.bind(clientId).exec();
    QList<MeetingGuest> guests;
    while (query.next())
        guests << readGuest(query);
    return guests;
}

int MeetingGuestRepository::setAttendance(const MeetingGuest &guest, qint64 actorId)
{
    // A client or relative and an external participant are rows of two
    // tables with the same attendance and version columns.
    const bool external = guest.isExternal();
    const QString table
        = external ? QStringLiteral("meeting_external") : QStringLiteral("meeting_guest");
    Transaction transaction(m_db);
    Query update(m_db,
        QStringLiteral("UPDATE %1 SET attendance = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
            .arg(table));
    update.bind(attendanceKey(guest.attendance))
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(guest.id)
        .bind(guest.version)
        .exec();
    if (update.rowsAffected() != 1)
        throw external ? StorageError(StorageError::Kind::Conflict,
            QStringLiteral("%1 har ändrats av någon annan sedan du öppnade "
                           "mötet. Läs in närvaron igen och gör ändringen på nytt.")
                .arg(guest.external.name))
                       : changedMeanwhile();
    // An external participant's change is logged by its meeting, as its
    // invitation is.
    recordChange(
        m_db, actorId, table, external ? guest.meetingId : guest.id, QStringLiteral("update"));
    transaction.commit();
    return guest.version + 1;
}

void MeetingGuestRepository::remove(qint64 id, qint64 actorId)
{
    Transaction transaction(m_db);
    Query remove(m_db, QStringLiteral("DELETE FROM meeting_guest WHERE id = ?"));
    remove.bind(id).exec();
    recordChange(m_db, actorId, QStringLiteral("meeting_guest"), id, QStringLiteral("delete"));
    transaction.commit();
}

} // namespace tf
