#include "storage/quality/ComplaintRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

namespace {
const QString kColumns
    = QStringLiteral("id, unit_id, received_on, kind, summary, status, feedback, feedback_on");

Complaint read(const Query &query)
{
    Complaint c;
    c.id = query.id(0);
    c.unitId = query.id(1);
    c.receivedOn = query.date(2);
    complaintKindFromText(query.text(3), &c.kind);
    c.summary = query.text(4);
    c.status = query.text(5) == complaintStatusKey(ComplaintStatus::Open)
        ? ComplaintStatus::Open
        : ComplaintStatus::FeedbackGiven;
    c.feedback = query.text(6);
    c.feedbackOn = query.date(7);
    return c;
}
} // namespace

ComplaintRepository::ComplaintRepository(Database &db)
    : m_db(db)
{ }

qint64 ComplaintRepository::add(const Complaint &complaint, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO complaint (unit_id, received_on, kind, summary, status, "
                       "feedback, feedback_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.bind(complaint.unitId)
        .bindDate(complaint.receivedOn)
        .bind(complaintKindKey(complaint.kind))
        .bind(complaint.summary)
        .bind(complaintStatusKey(complaint.status))
        .bind(complaint.feedback)
        .bindDate(complaint.feedbackOn)
        .bind(nowUtcText());
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("complaint"), id, QStringLiteral("insert"));
    return id;
}

std::optional<Complaint> ComplaintRepository::byId(qint64 id)
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM complaint WHERE id = ?").arg(kColumns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return read(query);
}

QList<Complaint> ComplaintRepository::list(qint64 unitId, bool openOnly)
{
    QStringList where;
    if (unitId > 0)
        where << QStringLiteral("unit_id = ?");
    if (openOnly)
        where << QStringLiteral("status = ?");
    Query query(m_db,
        QStringLiteral("SELECT %1 FROM complaint %2 ORDER BY received_on, id")
            .arg(kColumns,
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (unitId > 0)
        query.bind(unitId);
    if (openOnly)
        query.bind(complaintStatusKey(ComplaintStatus::Open));
    query.exec();
    QList<Complaint> list;
    while (query.next())
        list << read(query);
    return list;
}

void ComplaintRepository::recordFeedback(
    qint64 id, const QString &feedback, const QDate &on, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE complaint SET feedback = ?, feedback_on = ?, status = ?, "
                       "updated_at = ? WHERE id = ?"));
    update.bind(feedback)
        .bindDate(on)
        .bind(complaintStatusKey(ComplaintStatus::FeedbackGiven))
        .bind(nowUtcText())
        .bind(id);
    update.exec();
    if (update.rowsAffected() == 0)
        throw StorageError(
            StorageError::Kind::NotFound, QStringLiteral("Klagomålet finns inte längre."));
    recordChange(m_db, actorId, QStringLiteral("complaint"), id, QStringLiteral("update"));
}

} // namespace tf
