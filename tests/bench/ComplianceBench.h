#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// The generated organisation's first enhetschef, who may read reports and
// the access log.
qint64 aUnitManager(Workspace &workspace);

// The routine-compliance report of the last whole year, for one unit and
// for every unit, read by an enhetschef; the floor is the report's grouped
// SQL aggregates alone (storage/quality/ComplianceRepository), read to the
// last row, in the same run.
QJsonObject measureCompliance(Workspace &workspace, int runs);

} // namespace tf::bench
