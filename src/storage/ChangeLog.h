#pragma once

#include <QString>

namespace tf {

class Database;

// Records who changed which row and when. Called inside the transaction of
// the change itself, so the log and the data never disagree; on PostgreSQL
// the row is sent with the change's next statement or its COMMIT.
void recordChange(
    Database &db, qint64 personId, const QString &table, qint64 rowId, const QString &operation);

} // namespace tf
