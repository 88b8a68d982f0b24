#include "storage/care/CareMeasureRepository.h"

#include "domain/StorageError.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QUuid>

namespace tf {

namespace {
const QString kColumns = QStringLiteral(
    "id, version, uuid, assessment_id, client_id, what, responsible_id, follow_up_on, "
    "created_on, created_by, followed_up_on, outcome");

CareMeasure measureFrom(const Query &query)
{
    CareMeasure m;
    m.id = query.id(0);
    m.version = query.integer(1);
    m.uuid = query.text(2);
    m.assessmentId = query.id(3);
    m.clientId = query.id(4);
    m.what = query.text(5);
    m.responsibleId = query.id(6);
    m.followUpOn = query.date(7);
    m.createdOn = query.date(8);
    m.createdById = query.id(9);
    m.followedUpOn = query.date(10);
    m.outcome = query.text(11);
    return m;
}
} // namespace

CareMeasureRepository::CareMeasureRepository(Database &db)
    : m_db(db)
{ }

qint64 CareMeasureRepository::add(const CareMeasure &measure, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO risk_care_measure (uuid, assessment_id, client_id, what, "
                       "responsible_id, follow_up_on, created_on, created_by, updated_at, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(measure.assessmentId)
        .bind(measure.clientId)
        .bind(measure.what.trimmed())
        .bindId(measure.responsibleId)
        .bindDate(measure.followUpOn)
        .bindDate(measure.createdOn)
        .bindId(actorId)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("risk_care_measure"), id, QStringLiteral("insert"));
    return id;
}

std::optional<qint64> CareMeasureRepository::clientOfAssessment(qint64 assessmentId)
{
    Query query(m_db, QStringLiteral("SELECT client_id FROM risk_assessment WHERE id = ?"));
    query.bind(assessmentId).exec();
    if (!query.next())
        return std::nullopt;
    return query.id(0);
}

std::optional<CareMeasure> CareMeasureRepository::byId(qint64 id)
{
    Query query(
        m_db, QStringLiteral("SELECT %1 FROM risk_care_measure WHERE id = ?").arg(kColumns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return measureFrom(query);
}

QList<CareMeasure> CareMeasureRepository::ofClient(qint64 clientId)
{
    return ofClients({clientId});
}

QList<CareMeasure> CareMeasureRepository::ofClients(const QList<qint64> &clientIds)
{
    QList<CareMeasure> list;
    if (clientIds.isEmpty())
        return list;
    Query query(m_db,
        QStringLiteral("SELECT %1 FROM risk_care_measure WHERE client_id IN (%2) ORDER BY id")
            .arg(kColumns, parameterMarks(clientIds.size())));
    for (qint64 id : clientIds)
        query.bind(id);
    query.exec();
    while (query.next())
        list << measureFrom(query);
    return list;
}

int CareMeasureRepository::followUp(const CareMeasure &measure, qint64 actorId)
{
    Query update(m_db,
        QStringLiteral("UPDATE risk_care_measure SET followed_up_on = ?, outcome = ?, "
                       "version = version + 1, updated_at = ?, updated_by = ? "
                       "WHERE id = ? AND version = ? AND followed_up_on IS NULL"));
    update.bindDate(measure.followedUpOn)
        .bind(measure.outcome.trimmed())
        .bind(nowUtcText())
        .bindId(actorId)
        .bind(measure.id)
        .bind(measure.version)
        .exec();
    if (update.rowsAffected() != 1)
        throw StorageError(StorageError::Kind::Conflict,
            QStringLiteral("Åtgärden har ändrats eller följts upp av någon annan under tiden. "
                           "Läs in vårdplanen igen."));
    recordChange(
        m_db, actorId, QStringLiteral("risk_care_measure"), measure.id, QStringLiteral("update"));
    return measure.version + 1;
}

} // namespace tf
