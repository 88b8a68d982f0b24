#include "RawAccessLog.h"

#include "RawStatements.h"
#include "storage/AccessLogChain.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace tf::bench {

qsizetype rawLogReads(Database &db, RawStatements &raw, const QList<qint64> &clients,
    const QString &kind, const QString &purpose, qint64 meetingId)
{
    if (clients.isEmpty())
        return 0;
    Transaction transaction(db);
    AccessLogChain::lock(db);
    QHash<qint64, QString> heads;
    {
        Query query(db,
            QStringLiteral("SELECT client_id, row_hash FROM access_log WHERE id IN "
                           "(SELECT MAX(id) FROM access_log WHERE client_id IN (%1) "
                           "GROUP BY client_id)")
                .arg(parameterMarks(clients.size())));
        for (qint64 id : clients)
            query.bind(id);
        query.exec();
        while (query.next())
            heads.insert(query.id(0), query.text(1));
    }
    QStringList rows;
    QVariantList values;
    const QString now = nowUtcText();
    const QVariant meeting
        = meetingId ? QVariant(meetingId) : QVariant(QMetaType(QMetaType::LongLong));
    for (qint64 clientId : clients) {
        ChainedEntry entry {now, 0, clientId, kind, purpose, meetingId};
        const QString prev = heads.value(clientId);
        rows << QStringLiteral("(?, NULL, ?, ?, ?, ?, ?, ?)");
        values << now << clientId << kind << purpose << meeting << prev
               << AccessLogChain::hashOf(prev, entry);
    }
    raw.rows(QStringLiteral("INSERT INTO access_log (accessed_at, person_id, client_id, kind, "
                            "purpose, meeting_id, prev_hash, row_hash) VALUES ")
            + rows.join(QStringLiteral(", ")),
        values);
    transaction.commit();
    return clients.size();
}

} // namespace tf::bench
