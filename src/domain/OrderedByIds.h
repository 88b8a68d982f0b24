#pragma once

#include <QHash>
#include <QList>

namespace tf {

// The rows (anything with an id) in the order of ids, one for each id found:
// a read by an id list comes back in the engine's order, a list is shown in
// its own.
template <typename Row> QList<Row> orderedByIds(const QList<Row> &rows, const QList<qint64> &ids)
{
    QHash<qint64, const Row *> byId;
    for (const Row &row : rows)
        byId.insert(row.id, &row);
    QList<Row> ordered;
    for (qint64 id : ids)
        if (const Row *row = byId.value(id))
            ordered << *row;
    return ordered;
}

} // namespace tf
