#include "storage/SearchRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SearchSyntax.h"
#include "storage/Transaction.h"

namespace tf {

namespace {
// The searched sources: table, its FTS5 table on SQLite, the text column, the
// SQL from the row to its meeting, and the kind of hit.
struct Source
{
    const char *table;
    const char *ftsTable;
    const char *column;
    const char *meetingJoin;
    const char *client; // the client the row is about
    SearchHit::Kind kind;
};

const Source kSources[] = {
    {"minute_entry", "minute_entry_fts", "text",
        "JOIN agenda_item i ON i.id = s.agenda_item_id JOIN meeting m ON m.id = i.meeting_id",
        "i.client_id", SearchHit::Kind::Minutes},
    {"team_action", "team_action_fts", "what", "JOIN meeting m ON m.id = s.meeting_id",
        "s.client_id", SearchHit::Kind::Action},
    {"minutes_addendum", "minutes_addendum_fts", "text", "JOIN meeting m ON m.id = s.meeting_id",
        "(SELECT i.client_id FROM agenda_item i WHERE i.id = s.agenda_item_id)",
        SearchHit::Kind::Addendum},
};

QString unitFilter(const QList<qint64> &unitIds)
{
    if (unitIds.isEmpty())
        return {};
    QStringList marks;
    for (int i = 0; i < unitIds.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral(" AND m.unit_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

SearchHit readHit(const Query &query, SearchHit::Kind kind)
{
    SearchHit hit;
    hit.kind = kind;
    hit.rowId = query.id(0);
    hit.meetingId = query.id(1);
    hit.unitId = query.id(2);
    hit.meetingStartUtc = query.time(3);
    hit.snippet = query.text(4);
    hit.clientId = query.id(5);
    return hit;
}
} // namespace

SearchRepository::SearchRepository(Database &db)
    : m_db(db)
{ }

void SearchRepository::forgetRemovedRows()
{
    if (m_db.isPostgres())
        return;
    Transaction transaction(m_db);
    synchronize();
    for (const Source &source : kSources) {
        const QString fts = QString::fromLatin1(source.ftsTable);
        Query gone(m_db,
            QStringLiteral("DELETE FROM %1 WHERE rowid NOT IN (SELECT id FROM %2)")
                .arg(fts, QString::fromLatin1(source.table)));
        gone.exec();
        Query optimize(m_db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(fts));
        optimize.exec();
    }
    transaction.commit();
}

QList<SearchHit> SearchRepository::search(
    const QString &query, const QList<qint64> &unitIds, int limit)
{
    const QStringList terms = searchTerms(query);
    if (terms.isEmpty())
        return {};
    if (m_db.isPostgres())
        return searchPostgres(terms, unitIds, limit);
    if (!m_db.isReadOnly())
        synchronize();
    return searchSqlite(terms, unitIds, limit);
}

void SearchRepository::synchronize()
{
    if (m_db.isPostgres())
        return;
    Transaction transaction(m_db);
    Query marker(m_db, QStringLiteral("SELECT meta_value FROM teamforum_meta WHERE meta_key = ?"));
    marker.bind(QStringLiteral("search_synced_change")).exec();
    const qint64 synced = marker.next() ? marker.text(0).toLongLong() : 0;
    Query last(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log"));
    last.exec();
    const qint64 latest = last.next() ? last.id(0) : 0;
    // Rows written without a change-log entry (bulk loads) are picked up by
    // their id: everything above the highest indexed id is new.
    for (const Source &source : kSources) {
        const QString fts = QString::fromLatin1(source.ftsTable);
        Query top(
            m_db, QStringLiteral("SELECT rowid FROM %1 ORDER BY rowid DESC LIMIT 1").arg(fts));
        top.exec();
        const qint64 indexed = top.next() ? top.id(0) : 0;
        Query fresh(m_db,
            QStringLiteral("INSERT INTO %1 (rowid, text) SELECT id, %2 FROM %3 WHERE id > ?")
                .arg(fts, QString::fromLatin1(source.column), QString::fromLatin1(source.table)));
        fresh.bind(indexed).exec();
    }
    for (const Source &source : kSources) {
        const QString table = QString::fromLatin1(source.table);
        const QString fts = QString::fromLatin1(source.ftsTable);
        Query changed(m_db,
            QStringLiteral("SELECT DISTINCT row_id FROM change_log WHERE id > ? "
                           "AND id <= ? AND table_name = ?"));
        changed.bind(synced).bind(latest).bind(table).exec();
        QList<qint64> rows;
        while (changed.next())
            rows << changed.id(0);
        for (qint64 row : rows) {
            Query remove(m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(fts));
            remove.bind(row).exec();
            Query insert(m_db,
                QStringLiteral("INSERT INTO %1 (rowid, text) SELECT id, %2 FROM %3 "
                               "WHERE id = ?")
                    .arg(fts, QString::fromLatin1(source.column), table));
            insert.bind(row).exec();
        }
    }
    if (latest > synced) {
        Query save(
            m_db, QStringLiteral("UPDATE teamforum_meta SET meta_value = ? WHERE meta_key = ?"));
        save.bind(QString::number(latest)).bind(QStringLiteral("search_synced_change")).exec();
    }
    transaction.commit();
}

QList<SearchHit> SearchRepository::searchSqlite(
    const QStringList &terms, const QList<qint64> &unitIds, int limit)
{
    const QString match = fts5MatchQuery(terms);
    QList<SearchHit> hits;
    for (const Source &source : kSources) {
        const QString fts = QString::fromLatin1(source.ftsTable);
        // Joined to the source, so a row deleted since the last sync never shows.
        // Newest first, as on PostgreSQL: walking the index backwards by rowid
        // (ids grow as minutes are written) stops at the first page, where
        // ranking every match of a common word would read them all.
        Query query(m_db,
            QStringLiteral("SELECT s.id, m.id, m.unit_id, m.start_utc, "
                           "snippet(%1, 0, '\u00ab', '\u00bb', '\u2026', 16), %5 "
                           "FROM %1 JOIN %2 s ON s.id = %1.rowid %3 WHERE %1 MATCH ?%4 "
                           "ORDER BY %1.rowid DESC LIMIT ?")
                .arg(fts, QString::fromLatin1(source.table),
                    QString::fromLatin1(source.meetingJoin), unitFilter(unitIds),
                    QString::fromLatin1(source.client)));
        query.bind(match);
        for (qint64 unit : unitIds)
            query.bind(unit);
        query.bind(limit).exec();
        while (query.next())
            hits << readHit(query, source.kind);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.meetingStartUtc > b.meetingStartUtc;
    });
    return hits.mid(0, limit);
}

QList<SearchHit> SearchRepository::searchPostgres(
    const QStringList &terms, const QList<qint64> &unitIds, int limit)
{
    const QString tsquery = tsqueryText(terms);
    QList<SearchHit> hits;
    for (const Source &source : kSources) {
        const QString column = QStringLiteral("s.") + QString::fromLatin1(source.column);
        Query query(m_db,
            QStringLiteral(
                "SELECT s.id, m.id, m.unit_id, m.start_utc, ts_headline('swedish', %1, q, "
                "'StartSel=\u00ab, StopSel=\u00bb, MaxWords=24, MinWords=8'), %5 "
                "FROM %2 s %3, to_tsquery('swedish', ?) q "
                "WHERE to_tsvector('swedish', %1) @@ q%4 "
                "ORDER BY m.start_utc DESC LIMIT ?")
                .arg(column, QString::fromLatin1(source.table),
                    QString::fromLatin1(source.meetingJoin), unitFilter(unitIds),
                    QString::fromLatin1(source.client)));
        query.bind(tsquery);
        for (qint64 unit : unitIds)
            query.bind(unit);
        query.bind(limit).exec();
        while (query.next())
            hits << readHit(query, source.kind);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.meetingStartUtc > b.meetingStartUtc;
    });
    return hits.mid(0, limit);
}

} // namespace tf
