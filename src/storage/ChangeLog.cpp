#include "storage/ChangeLog.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace tf {

void recordChange(
    Database &db, qint64 personId, const QString &table, qint64 rowId, const QString &operation)
{
    Query query(db,
        QStringLiteral("INSERT INTO change_log "
                       "(changed_at, person_id, table_name, row_id, operation) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.bind(nowUtcText()).bindId(personId).bind(table).bind(rowId).bind(operation);
    // Nobody reads its result: on PostgreSQL it goes with the change's next
    // statement or its COMMIT, no round trip of its own.
    if (db.isPostgres() && db.transactionDepth() > 0)
        query.sendWithNext();
    else
        query.exec();
}

} // namespace tf
