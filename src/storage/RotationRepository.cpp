#include "storage/RotationRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QTimeZone>

namespace tf {

RotationRepository::RotationRepository(Database &db)
    : m_db(db)
{ }

QList<qint64> RotationRepository::picks(qint64 meetingId)
{
    Query query(m_db,
        QStringLiteral(
            "SELECT client_id FROM rotation_pick WHERE meeting_id = ? ORDER BY position"));
    query.bind(meetingId).exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

void RotationRepository::setPicks(qint64 meetingId, const QList<qint64> &clientIds, qint64 actorId)
{
    Transaction transaction(m_db);
    Query clear(m_db, QStringLiteral("DELETE FROM rotation_pick WHERE meeting_id = ?"));
    clear.bind(meetingId).exec();
    Query insert(m_db,
        QStringLiteral(
            "INSERT INTO rotation_pick (meeting_id, client_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (qint64 clientId : clientIds)
        insert.bind(meetingId).bind(clientId).bind(++position).exec();
    recordChange(m_db, actorId, QStringLiteral("rotation_pick"), meetingId, QStringLiteral("set"));
    transaction.commit();
}

std::optional<Meeting> RotationRepository::previousMeeting(const Meeting &meeting)
{
    Query query(m_db,
        QStringLiteral(
            "SELECT id, start_utc FROM meeting WHERE unit_id = ? AND template_id = ? AND id <> ? "
            "AND status <> 'cancelled' AND start_utc < ? ORDER BY start_utc DESC, id DESC LIMIT "
            "1"));
    query.bind(meeting.unitId)
        .bindId(meeting.templateId)
        .bind(meeting.id)
        .bindTime(meeting.startUtc);
    query.exec();
    if (!query.next())
        return std::nullopt;
    Meeting previous;
    previous.id = query.id(0);
    previous.startUtc = query.time(1);
    previous.unitId = meeting.unitId;
    previous.templateId = meeting.templateId;
    return previous;
}

RotationHistory RotationRepository::history(const Meeting &meeting)
{
    RotationHistory history;
    Query query(m_db,
        QStringLiteral(
            "SELECT r.client_id, m.start_utc, m.id FROM rotation_pick r "
            "JOIN meeting m ON m.id = r.meeting_id WHERE m.unit_id = ? AND m.template_id = ? "
            "AND m.id <> ? AND m.status <> 'cancelled' AND m.start_utc < ? "
            "ORDER BY m.start_utc, m.id, r.position"));
    query.bind(meeting.unitId)
        .bindId(meeting.templateId)
        .bind(meeting.id)
        .bindTime(meeting.startUtc);
    query.exec();
    qint64 latestMeeting = 0;
    while (query.next()) {
        const qint64 clientId = query.id(0);
        if (query.id(2) != latestMeeting) {
            latestMeeting = query.id(2);
            history.previousPicks.clear();
        }
        history.previousPicks << clientId;
        history.lastReviewed.insert(
            clientId, query.time(1).toTimeZone(QTimeZone("Europe/Stockholm")).date());
    }
    return history;
}

} // namespace tf
