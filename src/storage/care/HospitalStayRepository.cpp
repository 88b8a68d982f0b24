#include "storage/care/HospitalStayRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

HospitalStayRepository::HospitalStayRepository(Database &db)
    : m_db(db)
{ }

qint64 HospitalStayRepository::add(
    qint64 clientId, const QDate &dischargedOn, const QString &note, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO hospital_stay (client_id, discharged_on, note, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(clientId)
        .bindDate(dischargedOn)
        .bind(note.trimmed())
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("hospital_stay"), id, QStringLiteral("insert"));
    return id;
}

QHash<qint64, QDate> HospitalStayRepository::latestOf(const QList<qint64> &clientIds)
{
    QHash<qint64, QDate> latest;
    if (clientIds.isEmpty())
        return latest;
    Query query(m_db,
        QStringLiteral("SELECT client_id, MAX(discharged_on) FROM hospital_stay "
                       "WHERE client_id IN (%1) GROUP BY client_id")
            .arg(parameterMarks(clientIds.size())));
    for (qint64 id : clientIds)
        query.bind(id);
    query.exec();
    while (query.next())
        latest.insert(query.id(0), query.date(1));
    return latest;
}

} // namespace tf
