#pragma once

#include "domain/care/CarePlanDue.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace tf {

class ClientSet;
class Database;
class ReadBatch;
template <typename T> class Later;

// The genomförandeplan's events (care_plan_event, only added) and each
// unit's follow-up interval (care_plan_setting).
class CarePlanRepository
{
public:
    explicit CarePlanRepository(Database &db);

    // Records the event now, by actorId; returns its id.
    qint64 add(const CarePlanEvent &event, qint64 actorId);
    // The clients' events, oldest first (by date, then as recorded), by client.
    QHash<qint64, QList<CarePlanEvent>> ofClients(const QList<qint64> &clientIds);
    Later<QHash<qint64, QList<CarePlanEvent>>> ofClients(
        ReadBatch &batch, const ClientSet &clients);

    // The unit's interval in months, when the unit has set one.
    std::optional<int> followUpMonths(qint64 unitId);
    // The intervals set by the units of the clients, by unit.
    Later<QHash<qint64, int>> followUpMonthsOfUnitsOf(ReadBatch &batch, const ClientSet &clients);
    void setFollowUpMonths(qint64 unitId, int months, qint64 actorId);

private:
    Database &m_db;
};

} // namespace tf
