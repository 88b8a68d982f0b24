#include "storage/ChangeLog.h"

#include "storage/Query.h"

namespace tf {

void recordChange(
    Database &db, qint64 personId, const QString &table, qint64 rowId, const QString &operation)
{
    Query query(db,
        QStringLiteral("INSERT INTO change_log "
                       "(changed_at, person_id, table_name, row_id, operation) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.bind(nowUtcText()).bindId(personId).bind(table).bind(rowId).bind(operation).exec();
}

} // namespace tf
