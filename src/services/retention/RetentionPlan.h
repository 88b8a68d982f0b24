#pragma once

#include "domain/Retention.h"

#include <QList>

namespace tf {

class Workspace;

// One client record in the retention plan. A person with records in several
// units is decided once, on the newest entry across all their records: data
// is not purged while other data about the same person is kept.
struct RetentionPlanEntry
{
    qint64 clientId = 0;
    qint64 unitId = 0;
    QString personnummer;
    QString name;
    QDate lastEntry; // the person's newest entry, as a Swedish date
    RetentionVerdict verdict;
};

// Every client with the decision the organisation's rule gives on asOf,
// ordered by personnummer. Records that the workspace's person read every
// client's last entry and decision (kind retention, purpose gallring).
QList<RetentionPlanEntry> retentionPlan(
    Workspace &workspace, CareProvider provider, const QDate &asOf);

} // namespace tf
