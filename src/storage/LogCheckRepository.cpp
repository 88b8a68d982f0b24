#include "storage/LogCheckRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ReadBatch.h"
#include "storage/Transaction.h"

#include <QHash>

namespace tf {

namespace {
QSet<qint64> readIds(Query &query)
{
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.id(0));
    return ids;
}
} // namespace

LogCheckRepository::LogCheckRepository(Database &db)
    : m_db(db)
{ }

qint64 LogCheckRepository::save(const LogCheck &check, qint64 reviewerId)
{
    Transaction transaction(m_db);
    Query insert(m_db,
        QStringLiteral("INSERT INTO access_log_check (unit_id, period, reviewed_by, saved_at, "
                       "sample_size, seed, through_log_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.bind(check.unitId)
        .bind(check.period)
        .bindId(reviewerId)
        .bind(nowUtcText())
        .bind(check.sampleSize)
        .bind(QString::number(check.seed))
        .bind(check.throughLogId);
    const qint64 id = insert.execReturningId();
    for (const LogCheckRow &row : check.rows) {
        Query line(m_db,
            QStringLiteral("INSERT INTO access_log_check_row (check_id, access_log_id, "
                           "reader_id, accessed_at, kind, reason, judgement, note) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        line.bind(id)
            .bind(row.entry.id)
            .bindId(row.entry.personId)
            .bindTime(row.entry.accessedUtc)
            .bind(accessKindKey(row.entry.kind))
            .bind(checkReasonKey(row.reason))
            .bind(checkJudgementKey(row.judgement))
            .bind(row.note.trimmed());
        line.exec();
    }
    transaction.commit();
    return id;
}

QSet<qint64> LogCheckRepository::unitsChecked(const QString &period)
{
    return readAlone(m_db, [&](ReadBatch &batch) { return unitsChecked(batch, period); });
}

Later<QSet<qint64>> LogCheckRepository::unitsChecked(ReadBatch &batch, const QString &period)
{
    Query &statement = batch.add(
        QStringLiteral("SELECT DISTINCT unit_id FROM access_log_check WHERE period = ?"));
    statement.bind(period);
    return batch.read<QSet<qint64>>(statement, readIds);
}

QList<LogCheck> LogCheckRepository::checks(const QString &periodPrefix)
{
    QList<LogCheck> list;
    QHash<qint64, qsizetype> index;
    Query query(m_db,
        QStringLiteral("SELECT id, unit_id, period, reviewed_by, saved_at, sample_size, seed, "
                       "through_log_id FROM access_log_check WHERE substr(period, 1, ?) = ? "
                       "ORDER BY id"));
    query.bind(int(periodPrefix.size())).bind(periodPrefix).exec();
    while (query.next()) {
        LogCheck check;
        check.id = query.id(0);
        check.unitId = query.id(1);
        check.period = query.text(2);
        check.reviewerId = query.id(3);
        check.savedUtc = query.time(4);
        check.sampleSize = query.integer(5);
        check.seed = query.text(6).toULongLong();
        check.throughLogId = query.id(7);
        index.insert(check.id, list.size());
        list << check;
    }
    Query rows(m_db,
        QStringLiteral("SELECT r.check_id, r.access_log_id, r.reader_id, r.accessed_at, r.kind, "
                       "r.reason, r.judgement, r.note FROM access_log_check_row r "
                       "JOIN access_log_check k ON k.id = r.check_id "
                       "WHERE substr(k.period, 1, ?) = ? ORDER BY r.check_id, r.accessed_at, "
                       "r.access_log_id"));
    rows.bind(int(periodPrefix.size())).bind(periodPrefix).exec();
    while (rows.next()) {
        const auto at = index.constFind(rows.id(0));
        if (at == index.constEnd())
            continue;
        LogCheckRow row;
        row.entry.id = rows.id(1);
        row.entry.personId = rows.id(2);
        row.entry.accessedUtc = rows.time(3);
        accessKindFromKey(rows.text(4), &row.entry.kind);
        checkReasonFromKey(rows.text(5), &row.reason);
        checkJudgementFromKey(rows.text(6), &row.judgement);
        row.note = rows.text(7);
        list[*at].rows << row;
    }
    return list;
}

} // namespace tf
