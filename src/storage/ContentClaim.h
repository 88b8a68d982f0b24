#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tf {

class Database;

// What a database filled in bulk (by the generator) says it holds, so that
// the check tells a finished database from one whose filling stopped half
// way (a full disk, a killed process): the claim reads "unfinished" from
// before the first row and becomes the row count of each table after the
// last. Rows added later by using the database are fine; fewer rows than
// claimed are not.
namespace ContentClaim {

void markUnfinished(Database &db);
void markComplete(Database &db, const QList<QPair<QString, qint64>> &rowsPerTable);
// Swedish problems; empty when the database makes no claim or holds it.
QStringList problems(Database &db);

} // namespace ContentClaim

} // namespace tf
