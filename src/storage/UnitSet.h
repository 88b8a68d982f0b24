#pragma once

#include "storage/ClientSet.h"
#include "storage/SqlPart.h"

#include <QDate>

namespace tf {

// Names a set of units in a statement, as `unit_id IN (sql())`: those
// serving a set of clients on a day, with or without the units whose forum
// coordinates them, so that the units' meetings are read in the same batch
// as the clients, without waiting for either.
class UnitSet : public SqlPart
{
public:
    // The units serving one of the clients on the day (client_serving_unit).
    static UnitSet servingClients(const ClientSet &clients, const QDate &day)
    {
        const QString date = day.toString(Qt::ISODate);
        return UnitSet(QStringLiteral("SELECT s.unit_id FROM client_serving_unit s "
                                      "WHERE s.client_id IN (%1) "
                                      "AND (s.from_date IS NULL OR s.from_date <= ?) "
                                      "AND (s.to_date IS NULL OR s.to_date > ?)")
                           .arg(clients.sql()),
            clients.values() + QVariantList {date, date});
    }
    // The units, and those whose `forum` coordinates one of them
    // (coordinated_unit).
    static UnitSet withCoordinators(const UnitSet &units, const QString &forum)
    {
        return UnitSet(QStringLiteral("%1 UNION SELECT unit_id FROM coordinated_unit "
                                      "WHERE forum = ? AND coordinated_unit_id IN (%1)")
                           .arg(units.sql()),
            units.values() + QVariantList {forum} + units.values());
    }

private:
    using SqlPart::SqlPart;
};

} // namespace tf
