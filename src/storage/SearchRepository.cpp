#include "storage/SearchRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"
#include "storage/SearchSyntax.h"
#include "storage/SwedishStemmer.h"
#include "storage/Transaction.h"

#include <limits>

namespace tf {

const SearchSource kSearchSources[4] = {
    {"minute_entry", "minute_entry_fts", "text",
        "JOIN agenda_item i ON i.id = s.agenda_item_id JOIN meeting m ON m.id = i.meeting_id",
        "i.client_id", "s.agenda_item_id", SearchHit::Kind::Minutes},
    {"team_action", "team_action_fts", "what", "JOIN meeting m ON m.id = s.meeting_id",
        "s.client_id", "s.agenda_item_id", SearchHit::Kind::Action},
    {"minutes_addendum", "minutes_addendum_fts", "text", "JOIN meeting m ON m.id = s.meeting_id",
        "(SELECT i.client_id FROM agenda_item i WHERE i.id = s.agenda_item_id)", "s.agenda_item_id",
        SearchHit::Kind::Addendum},
    {"agenda_item", "agenda_item_fts", "title", "JOIN meeting m ON m.id = s.meeting_id",
        "s.client_id", "s.id", SearchHit::Kind::AgendaItem},
};

namespace {
// The search's statement on PostgreSQL: it ties its ways to gates decided
// while it runs, so one plan serves every word, and planning the long
// statement anew took longer than running it (8-11 ms against 4-7 ms for a
// rare word on ten years).
constexpr Query::Planning kSearchPlanning = Query::Planning::OncePerConnection;

// The ids of up to `limit` of a source's newest kProbeRows rows that match.
QString postgresProbe(const SearchSource &source, int limit)
{
    // The stored words (migration 022) of the rows a common word's count
    // walks first, newest first, against the query: how common the word is,
    // at a bounded cost whatever the word. (Left to the planner, a LIMIT
    // over all rows read the whole table for a word its statistics do not
    // know, 0.7 s for an absent word on ten years.) By the newest rows, not
    // the table's first: the server starts a scan of a large table where
    // another scan of it stands, so "the first rows" differed between
    // counts. The match's one function is marked leakproof, so it is applied
    // before the row-level security policies; the query is a FROM item, so
    // the condition names no other function whatever the plan.
    return QStringLiteral("SELECT s.id FROM (SELECT id, search_vector FROM %1 "
                          "ORDER BY meeting_start_utc DESC, id DESC LIMIT %2) s, "
                          "to_tsquery('swedish', ?) q WHERE s.search_vector @@ q LIMIT %3")
        .arg(QString::fromLatin1(source.table))
        .arg(SearchRepository::kProbeRows)
        .arg(limit);
}

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
    hit.agendaItemId = query.id(6);
    return hit;
}

// The sources' hits, each newest first, merged newest first. Taking always
// the newest head makes the first n of the merge depend only on the first n
// of each source, so the pages of one search follow on without a gap or a
// repeat.
QList<SearchHit> mergeNewestFirst(const QList<QList<SearchHit>> &sources, int take)
{
    QList<SearchHit> merged;
    QList<int> next(sources.size(), 0);
    while (merged.size() < take) {
        int best = -1;
        for (int i = 0; i < sources.size(); ++i) {
            if (next[i] >= sources[i].size())
                continue;
            if (best < 0
                || sources[i][next[i]].meetingStartUtc > sources[best][next[best]].meetingStartUtc)
                best = i;
        }
        if (best < 0)
            break;
        merged << sources[best][next[best]++];
    }
    return merged;
}
} // namespace

SearchRepository::SearchRepository(Database &db, int fewMatches, int indexedMatches)
    : m_db(db)
    , m_fewMatches(fewMatches)
    , m_indexedMatches(indexedMatches)
{ }

void SearchRepository::forgetRemovedRows()
{
    if (m_db.isPostgres())
        return;
    Transaction transaction(m_db);
    synchronize();
    for (const SearchSource &source : kSearchSources) {
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
    const QString &query, const QList<qint64> &unitIds, int limit, int offset)
{
    const QStringList terms = searchTerms(query);
    if (terms.isEmpty() || limit <= 0)
        return {};
    offset = qMax(0, offset);
    if (m_db.isPostgres())
        return searchPostgres(terms, unitIds, limit, offset);
    if (!m_db.isReadOnly())
        synchronize();
    return searchSqlite(terms, unitIds, limit, offset);
}

int SearchRepository::count(const QString &query, const QList<qint64> &unitIds, int atMost)
{
    const QStringList terms = searchTerms(query);
    if (terms.isEmpty())
        return 0;
    atMost = qMax(0, atMost);
    if (!m_db.isPostgres() && !m_db.isReadOnly())
        synchronize();
    const bool postgres = m_db.isPostgres();
    // One statement, the sources' counts added up, each source's stopping at
    // one more than asked for. On PostgreSQL a first look at the newest
    // rows, as search()'s, decides how: a word common among them is counted
    // by walking the rows, whose first matches are soon found (not taken all
    // from the index first, which for the ten-year volume read 110,000 index
    // entries of "fall" to count 1,001 of them); any other from the index,
    // read as far as the count goes. Left to the planner, a word its statistics do not
    // know was counted by walking all of the region's 16.6 million notes
    // (17 s for "rullator", which no note holds).
    QStringList counts;
    for (const SearchSource &source : kSearchSources) {
        const QString table = QString::fromLatin1(source.table);
        // Joined to the meetings only for their units: every row has its
        // meeting, and the join was planned over all of them.
        const QString matches
            = QStringLiteral("SELECT 1 FROM %1 s %2, to_tsquery('swedish', ?) q "
                             "WHERE s.search_vector @@ q%3")
                  .arg(table,
                      unitIds.isEmpty() ? QString() : QString::fromLatin1(source.meetingJoin),
                      unitFilter(unitIds));
        counts << (postgres
                ? QStringLiteral("(SELECT CASE WHEN (SELECT count(*) FROM (%1) p) <= %2 "
                                 "THEN (SELECT count(*) FROM (WITH hits AS MATERIALIZED (%3) "
                                 "SELECT 1 FROM hits LIMIT %4) c) "
                                 "ELSE (SELECT count(*) FROM (%3 LIMIT %4) c) END)")
                      .arg(postgresProbe(source, m_fewMatches + 1))
                      .arg(m_fewMatches)
                      .arg(matches)
                      .arg(atMost + 1)
                : QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 JOIN %2 s ON s.id = "
                                 "%1.rowid %3 WHERE %1 MATCH ?%4 LIMIT %5))")
                      .arg(QString::fromLatin1(source.ftsTable), table,
                          QString::fromLatin1(source.meetingJoin), unitFilter(unitIds))
                      .arg(atMost + 1));
    }
    // Planned for its word each time: one plan for every word counted a
    // common word's matches from the index (80 ms against 23 ms).
    Query counted(m_db, QStringLiteral("SELECT %1").arg(counts.join(QStringLiteral(" + "))));
    const QString match = postgres ? tsqueryText(terms) : sqliteMatch(terms);
    for (int i = 0; i < counts.size(); ++i) {
        if (postgres)
            counted.bind(match); // the probe
        // Twice on PostgreSQL: from the index, or walked.
        for (int way = 0; way < (postgres ? 2 : 1); ++way) {
            counted.bind(match);
            for (qint64 unit : unitIds)
                counted.bind(unit);
        }
    }
    counted.exec();
    const qint64 total = counted.next() ? counted.id(0) : 0;
    return static_cast<int>(qMin<qint64>(total, qint64(atMost) + 1));
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
    for (const SearchSource &source : kSearchSources) {
        const QString fts = QString::fromLatin1(source.ftsTable);
        Query top(
            m_db, QStringLiteral("SELECT rowid FROM %1 ORDER BY rowid DESC LIMIT 1").arg(fts));
        top.exec();
        const qint64 indexed = top.next() ? top.id(0) : 0;
        Query fresh(m_db,
            QStringLiteral("INSERT INTO %1 (rowid, text) SELECT id, teamforum_nfc(%2) FROM %3 "
                           "WHERE id > ?")
                .arg(fts, QString::fromLatin1(source.column), QString::fromLatin1(source.table)));
        fresh.bind(indexed).exec();
    }
    for (const SearchSource &source : kSearchSources) {
        if (latest <= synced)
            break; // nothing logged since the last look: no row to index again
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
                QStringLiteral("INSERT INTO %1 (rowid, text) SELECT id, teamforum_nfc(%2) "
                               "FROM %3 WHERE id = ?")
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

QString SearchRepository::sqliteMatch(const QStringList &terms)
{
    // FTS5 does not stem: each word is looked for by its Swedish stem as a
    // prefix, which finds every form of it ("riskbedömningar" finds
    // "riskbedömning"), as PostgreSQL's 'swedish' configuration does.
    return fts5MatchQuery(swedishStems(terms));
}

QList<SearchHit> SearchRepository::searchSqlite(
    const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset)
{
    const QString match = sqliteMatch(terms);
    QList<QList<SearchHit>> perSource;
    for (const SearchSource &source : kSearchSources) {
        const QString fts = QString::fromLatin1(source.ftsTable);
        // Joined to the source, so a row deleted since the last sync never shows.
        // Newest first, as on PostgreSQL: walking the index backwards by rowid
        // (ids grow as minutes are written) stops at the page asked for, where
        // ranking every match of a common word would read them all.
        Query query(m_db,
            QStringLiteral("SELECT s.id, m.id, m.unit_id, m.start_utc, "
                           "snippet(%1, 0, '\u00ab', '\u00bb', '\u2026', 16), %5, %6 "
                           "FROM %1 JOIN %2 s ON s.id = %1.rowid %3 WHERE %1 MATCH ?%4 "
                           "ORDER BY %1.rowid DESC LIMIT ?")
                .arg(fts, QString::fromLatin1(source.table),
                    QString::fromLatin1(source.meetingJoin), unitFilter(unitIds),
                    QString::fromLatin1(source.client), QString::fromLatin1(source.agendaItem)));
        query.bind(match);
        for (qint64 unit : unitIds)
            query.bind(unit);
        query.bind(offset + limit).exec();
        QList<SearchHit> hits;
        while (query.next())
            hits << readHit(query, source.kind);
        perSource << hits;
    }
    return mergeNewestFirst(perSource, offset + limit).mid(offset);
}

QList<SearchHit> SearchRepository::searchPostgres(
    const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset)
{
    Query query(m_db, postgresSearchSql(unitIds, offset + limit), kSearchPlanning);
    query.bindAll(postgresSearchValues(terms, unitIds, limit, offset));
    query.exec();
    QList<SearchHit> hits;
    while (query.next())
        hits << readHit(query, kSearchSources[query.integer(7)].kind);
    return hits;
}

QStringList SearchRepository::explainSearch(const QString &query, const QList<qint64> &unitIds)
{
    const QStringList terms = searchTerms(query);
    if (!m_db.isPostgres() || terms.isEmpty())
        return {};
    Query explained(m_db, postgresSearchSql(unitIds, kSearchPageSize), kSearchPlanning);
    explained.bindAll(postgresSearchValues(terms, unitIds, kSearchPageSize, 0));
    return explained.explainAnalyze();
}

QString SearchRepository::postgresSearchSql(const QList<qint64> &unitIds, int reach) const
{
    // One statement (one round trip); each source gives its newest `reach`
    // hits, of which only one way runs past its first look:
    // - `newest`: its newest kProbeRows rows are walked newest first, each
    //   checked by its stored words, until `reach` of them match. A common
    //   word's page is found there, and nothing more runs.
    // - `matches`, read whole: with at most m_fewMatches matches among them
    //   (a rare or absent word) and at most m_indexedMatches in all, all its
    //   matches are taken from its index and ordered.
    // - `walk`: otherwise its newest kWalkRows rows are walked the same way.
    //   A word that common meets the page there; so does one held in
    //   clusters (a monthly forum's title) that the first look missed.
    // - `matches`, read whole, again: a word the walk found too seldom.
    // Whether a rare word has more than m_indexedMatches matches is read
    // from the same index, stopping there: its rows are not all read and
    // ordered for it.
    // Without a unit filter the first look reads the rows the walk reads
    // first (and with one, the newest rows of all units), so the way follows
    // how common the word is where the page is, the newest rows, not in rows
    // read in the table's order (whose start the server moves from one
    // search to the next when it shares its scans of a large table).
    // The planner's estimate decides none of it: it multiplies the words'
    // frequencies, so words common alone but never together looked common
    // and had every meeting walked. Without a unit filter the rows are
    // ordered and walked by their meeting's start kept beside them
    // (migration 034), never joined to the meetings; with one, joined to
    // the units' meetings. Then the page of them all, newest first, and
    // only the page's rows are joined to their meetings and get a snippet.
    QStringList ctes;
    QStringList parts;
    QStringList details;
    int rank = 0;
    const bool allUnits = unitIds.isEmpty();
    const QString units = unitFilter(unitIds);
    const QString start
        = allUnits ? QStringLiteral("s.meeting_start_utc") : QStringLiteral("m.start_utc");
    for (const SearchSource &source : kSearchSources) {
        const QString table = QString::fromLatin1(source.table);
        const QString join = QString::fromLatin1(source.meetingJoin);
        const QString rows
            = allUnits ? table + QStringLiteral(" s") : QStringLiteral("%1 s %2").arg(table, join);
        const QString seen = QStringLiteral("(SELECT count(*) FROM newest%1)").arg(rank);
        // Decided once in its CTE (`rare`), which the gates read.
        const QString rare = QStringLiteral("(SELECT yes FROM rare%1)").arg(rank);
        // With a unit filter the first look only decides the way: its rows
        // are all units', so none of them is a hit.
        const QString pageSeen
            = allUnits ? QStringLiteral("%1 >= %2").arg(seen).arg(reach) : QStringLiteral("FALSE");
        const QString enough
            = QStringLiteral("(SELECT count(*) FROM walk%1) >= %2").arg(rank).arg(reach);
        const QString columns
            = QStringLiteral("SELECT %1 AS source, s.id, %2 AS start_utc").arg(rank).arg(start);
        // The newest `walked` rows (when `gate` holds), up to `reach` of
        // them matching, newest first. The query is made once, in a
        // subquery of its own: as a FROM item, one plan for every word took
        // it as the outer side and sorted all the walked rows, where the
        // walk should stop at the page.
        const auto walkOver = [&](const QString &gate, int walked) {
            return QStringLiteral("SELECT source, id, start_utc FROM (%1, s.search_vector AS words "
                                  "FROM %2 WHERE %3%4 ORDER BY %5 DESC, s.id DESC LIMIT %6) w "
                                  "WHERE w.words @@ (SELECT to_tsquery('swedish', ?)) "
                                  "ORDER BY start_utc DESC, id DESC LIMIT %7")
                .arg(columns, rows, gate, units, start)
                .arg(walked)
                .arg(reach);
        };
        // With a unit filter the first look still reads the source's newest
        // rows of all units, by their kept start, as the count's does: the
        // units' newest rows, found through their meetings, cost more than a
        // rare word's whole search (one unit's newest 5,000 notes of a
        // municipality: 141 ms from disk, 15 ms from the server's cache).
        ctes << QStringLiteral("newest%1 AS MATERIALIZED (%2)")
                    .arg(rank)
                    .arg(allUnits ? walkOver(QStringLiteral("TRUE"), kProbeRows)
                                  : postgresProbe(source, m_fewMatches + 1));
        // Taken without an order: ordered, the planner would walk the rows
        // newest first looking for the few. Read only as far as asked.
        ctes << QStringLiteral("matches%1 AS MATERIALIZED (%2 FROM %3, "
                               "to_tsquery('swedish', ?) q WHERE s.search_vector @@ q%4)")
                    .arg(rank)
                    .arg(columns, rows, units);
        // The matches are counted only when the first look found few: AND
        // stops at its first false operand, and the matches are read as far
        // as they are asked for.
        ctes << QStringLiteral("rare%1 AS MATERIALIZED (SELECT %2 <= %3 AND (SELECT count(*) "
                               "FROM (SELECT 1 FROM matches%1 LIMIT %4) c) <= %5 AS yes)")
                    .arg(rank)
                    .arg(seen)
                    .arg(m_fewMatches)
                    .arg(qint64(m_indexedMatches) + 1)
                    .arg(m_indexedMatches);
        ctes << QStringLiteral("walk%1 AS MATERIALIZED (%2)")
                    .arg(rank)
                    .arg(walkOver(
                        QStringLiteral("NOT %1 AND NOT %2").arg(rare, pageSeen), kWalkRows));
        // Each part's gate stands above its rows, so they are not read
        // unless it holds.
        parts << QStringLiteral("(SELECT * FROM matches%1 WHERE %2 "
                                "ORDER BY start_utc DESC, id DESC LIMIT %3)")
                     .arg(rank)
                     .arg(rare)
                     .arg(reach);
        if (allUnits)
            parts << QStringLiteral("(SELECT * FROM newest%1 WHERE NOT %2 AND %3)")
                         .arg(rank)
                         .arg(rare, pageSeen);
        parts << QStringLiteral("(SELECT * FROM walk%1 WHERE %2)").arg(rank).arg(enough);
        parts << QStringLiteral("(SELECT * FROM matches%1 WHERE NOT %2 AND NOT %3 AND NOT %4 "
                                "ORDER BY start_utc DESC, id DESC LIMIT %5)")
                     .arg(rank)
                     .arg(rare, pageSeen, enough)
                     .arg(reach);
        details << QStringLiteral("SELECT m.id AS meeting_id, m.unit_id, m.start_utc, "
                                  "s.search_text AS body, %1 AS client_id, %2 AS item_id "
                                  "FROM %3 s %4 WHERE p.source = %5 AND s.id = p.id")
                       .arg(QString::fromLatin1(source.client),
                           QString::fromLatin1(source.agendaItem), table, join)
                       .arg(rank);
        ++rank;
    }
    ctes << QStringLiteral("page AS MATERIALIZED (SELECT source, id, start_utc FROM (%1) hits "
                           "ORDER BY start_utc DESC, source, id DESC LIMIT ? OFFSET ?)")
                .arg(parts.join(QStringLiteral(" UNION ALL ")));
    return QStringLiteral("WITH %1 SELECT p.id, d.meeting_id, d.unit_id, d.start_utc, "
                          "ts_headline('swedish', d.body, to_tsquery('swedish', ?), "
                          "'StartSel=\u00ab, StopSel=\u00bb, MaxWords=24, MinWords=8'), "
                          "d.client_id, d.item_id, p.source FROM page p CROSS JOIN LATERAL (%2) d "
                          "ORDER BY p.start_utc DESC, p.source, p.id DESC")
        .arg(ctes.join(QStringLiteral(", ")), details.join(QStringLiteral(" UNION ALL ")));
}

QVariantList SearchRepository::postgresSearchValues(
    const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset)
{
    // In the order of the marks of postgresSearchSql.
    const QString tsquery = tsqueryText(terms);
    QVariantList values;
    for (std::size_t i = 0; i < std::size(kSearchSources); ++i) {
        values << tsquery; // the check of `newest` (all units': no unit marks)
        values << tsquery; // `matches`
        for (qint64 unit : unitIds)
            values << unit;
        for (qint64 unit : unitIds) // `walk`
            values << unit;
        values << tsquery; // its check
    }
    values << limit << offset; // the page
    values << tsquery; // the snippet
    return values;
}

} // namespace tf
