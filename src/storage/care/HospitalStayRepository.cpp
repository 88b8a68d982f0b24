#include "storage/care/HospitalStayRepository.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

HospitalStayRepository::HospitalStayRepository(Database &db)
    : m_db(db)
{ }

qint64 HospitalStayRepository::add(const HospitalStay &stay, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO hospital_stay (client_id, admitted_on, discharged_on, note, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(stay.clientId)
        .bindDate(stay.admittedOn)
        .bindDate(stay.dischargedOn)
        .bind(stay.note.trimmed())
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("hospital_stay"), id, QStringLiteral("insert"));
    return id;
}

QList<HospitalStay> HospitalStayRepository::ofClient(qint64 clientId)
{
    Query query(m_db,
        QStringLiteral("SELECT id, client_id, admitted_on, discharged_on, note, recorded_at, "
                       "recorded_by FROM hospital_stay WHERE client_id = ? "
                       "ORDER BY discharged_on DESC, id DESC"));
    query.bind(clientId).exec();
    QList<HospitalStay> stays;
    while (query.next()) {
        HospitalStay stay;
        stay.id = query.id(0);
        stay.clientId = query.id(1);
        stay.admittedOn = query.date(2);
        stay.dischargedOn = query.date(3);
        stay.note = query.text(4);
        stay.recordedUtc = query.time(5);
        stay.recordedById = query.id(6);
        stays << stay;
    }
    return stays;
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
