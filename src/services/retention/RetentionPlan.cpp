#include "services/retention/RetentionPlan.h"

#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/retention/RetentionRules.h"
#include "storage/Database.h"
#include "storage/RetentionRepository.h"

#include <QHash>

namespace tf {

QList<RetentionPlanEntry> retentionPlan(
    Workspace &workspace, CareProvider provider, const QDate &asOf)
{
    const QList<ClientLastEntry> records = RetentionRepository(workspace.database()).lastEntries();
    QHash<QString, QDate> newestOfPerson;
    for (const ClientLastEntry &record : records) {
        const QDate day = stockholmDate(record.lastEntryUtc);
        QDate &newest = newestOfPerson[record.personnummer];
        if (!newest.isValid() || day > newest)
            newest = day;
    }
    const RetentionRule rule = retentionRule(provider);
    QList<RetentionPlanEntry> plan;
    QList<qint64> read;
    for (const ClientLastEntry &record : records) {
        RetentionPlanEntry entry;
        entry.clientId = record.clientId;
        entry.unitId = record.unitId;
        entry.personnummer = record.personnummer;
        entry.name = record.name;
        entry.lastEntry = newestOfPerson.value(record.personnummer);
        // An entry written after asOf (a plan for an earlier day) counts as
        // made that day: the data is then certainly not due.
        entry.verdict
            = decideRetention(rule, record.personnummer, qMin(entry.lastEntry, asOf), asOf);
        plan << entry;
        read << record.clientId;
    }
    workspace.accessLogger().clientsRead(read, AccessKind::Retention, AccessPurpose::Gallring);
    return plan;
}

} // namespace tf
