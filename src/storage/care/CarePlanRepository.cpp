#include "storage/care/CarePlanRepository.h"

#include "storage/ChangeLog.h"
#include "storage/ClientSet.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
QHash<qint64, QList<CarePlanEvent>> readEvents(Query &query)
{
    QHash<qint64, QList<CarePlanEvent>> found;
    while (query.next()) {
        const auto kind = carePlanEventFromKey(query.text(2));
        if (!kind)
            continue;
        CarePlanEvent event;
        event.id = query.id(0);
        event.clientId = query.id(1);
        event.kind = *kind;
        event.occurredOn = query.date(3);
        event.done = query.boolean(4);
        event.recordedUtc = query.time(5);
        event.recordedById = query.id(6);
        found[event.clientId] << event;
    }
    return found;
}
} // namespace

CarePlanRepository::CarePlanRepository(Database &db)
    : m_db(db)
{ }

qint64 CarePlanRepository::add(const CarePlanEvent &event, qint64 actorId)
{
    Query insert(m_db,
        QStringLiteral("INSERT INTO care_plan_event (client_id, kind, occurred_on, done, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(event.clientId)
        .bind(carePlanEventKey(event.kind))
        .bindDate(event.occurredOn)
        .bindBool(event.done)
        .bind(nowUtcText())
        .bindId(actorId);
    const qint64 id = insert.execReturningId();
    recordChange(m_db, actorId, QStringLiteral("care_plan_event"), id, QStringLiteral("insert"));
    return id;
}

QHash<qint64, QList<CarePlanEvent>> CarePlanRepository::ofClients(const QList<qint64> &clientIds)
{
    if (clientIds.isEmpty())
        return {};
    return readAlone(
        m_db, [&](ReadBatch &batch) { return ofClients(batch, ClientSet::ids(clientIds)); });
}

Later<QHash<qint64, QList<CarePlanEvent>>> CarePlanRepository::ofClients(
    ReadBatch &batch, const ClientSet &clients)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT id, client_id, kind, occurred_on, done, recorded_at, recorded_by "
                       "FROM care_plan_event WHERE client_id IN (%1) ORDER BY occurred_on, id")
            .arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QHash<qint64, QList<CarePlanEvent>>>(statement, readEvents);
}

Later<QHash<qint64, int>> CarePlanRepository::followUpMonthsOfUnitsOf(
    ReadBatch &batch, const ClientSet &clients)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT unit_id, follow_up_months FROM care_plan_setting WHERE unit_id IN "
                       "(SELECT unit_id FROM client WHERE id IN (%1))")
            .arg(clients.sql()));
    statement.bindAll(clients.values());
    return batch.read<QHash<qint64, int>>(statement, [](Query &query) {
        QHash<qint64, int> months;
        while (query.next())
            months.insert(query.id(0), query.integer(1));
        return months;
    });
}

std::optional<int> CarePlanRepository::followUpMonths(qint64 unitId)
{
    Query query(
        m_db, QStringLiteral("SELECT follow_up_months FROM care_plan_setting WHERE unit_id = ?"));
    query.bind(unitId).exec();
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

void CarePlanRepository::setFollowUpMonths(qint64 unitId, int months, qint64 actorId)
{
    Transaction transaction(m_db);
    const bool known = followUpMonths(unitId).has_value();
    Query write(m_db,
        known ? QStringLiteral("UPDATE care_plan_setting SET follow_up_months = ?, updated_at = ?, "
                               "updated_by = ? WHERE unit_id = ?")
              : QStringLiteral("INSERT INTO care_plan_setting (follow_up_months, updated_at, "
                               "updated_by, unit_id) VALUES (?, ?, ?, ?)"));
    write.bind(months).bind(nowUtcText()).bindId(actorId).bind(unitId).exec();
    recordChange(m_db, actorId, QStringLiteral("care_plan_setting"), unitId,
        known ? QStringLiteral("update") : QStringLiteral("insert"));
    transaction.commit();
}

} // namespace tf
