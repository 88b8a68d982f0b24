#include "SearchBench.h"

#include "RawStatements.h"
#include "Stats.h"
#include "domain/Minutes.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"
#include "storage/SearchSyntax.h"
#include "storage/SwedishStemmer.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tf::bench {

namespace {
// Words a secretary would look for: common, rare and with å, ä, ö, a word
// the notes never hold ("tandvård" is only in actions: the notes have none
// of it), one no source holds, and an agenda title of a forum held seldom
// ("kompetensutveckling": thousands of agenda items, none among the newest
// 5,000, which in a region are one day).
const QStringList kQueries = {
    QStringLiteral("tryckavlastning"),
    QStringLiteral("anhöriga samtal"),
    QStringLiteral("rullator"),
    QStringLiteral("fallriskbedömning"),
    QStringLiteral("gångträning"),
    QStringLiteral("läkemedel smärta"),
    QStringLiteral("fall"),
    QStringLiteral("riskbedömning"),
    QStringLiteral("tandvård"),
    QStringLiteral("hovslagare"),
    QStringLiteral("kompetensutveckling"),
};

// The quicker of a statement's two plannings on PostgreSQL: for its values
// at each run, or once per connection as the program's search is. Both must
// give the same rows, which `rows` receives.
double quickerPlanningMs(RawStatements &raw, const QString &sql, const QVariantList &values,
    int columns, QList<QVariantList> &rows)
{
    QList<QVariantList> planned;
    const double eachMs = timeMs([&] { rows = raw.table(sql, values, columns); });
    const double onceMs = timeMs(
        [&] { planned = raw.table(sql, values, columns, Query::Planning::OncePerConnection); });
    if (planned != rows)
        throw FloorFailure(QStringLiteral("floor statement gave %1 rows planned for its values, "
                                          "%2 planned once: %3")
                               .arg(rows.size())
                               .arg(planned.size())
                               .arg(sql)
                               .toStdString());
    return std::min(eachMs, onceMs);
}

// A hit as the floor and the program both name it: its kind and its row.
using HitKey = std::pair<SearchHit::Kind, qint64>;

QList<HitKey> keysOf(const QList<SearchHit> &hits)
{
    QList<HitKey> keys;
    for (const SearchHit &hit : hits)
        keys << HitKey {hit.kind, hit.rowId};
    return keys;
}

// The floor on PostgreSQL, told for each source the quicker of the two ways
// the program chooses between: all of the index's matches read and ordered
// (a rare word), or the rows walked newest first (by the meeting's start
// kept beside each row) until a page has matched (a common word); both give
// the same rows. The program pays its first look to learn which; the floor
// is told, by timing each way alone. Then, as the program does, in one
// statement: each source's page by its way, the page of them all, and only
// the page's rows read with their meetings and snippets. Each statement is
// timed by the quicker of its two plannings; the query is made once, in a
// subquery of its own, so that a plan made once serves any word (made for
// each row it cost a plan made once more than planning anew). Returns the
// ms of that statement, with the page's hits.
double postgresSearchFloorMs(RawStatements &raw, const QString &words, QList<HitKey> &hits)
{
    const QString tsquery = tsqueryText(searchTerms(words));
    QStringList ctes;
    QStringList pages;
    QStringList details;
    QVariantList values;
    for (int source = 0; source < int(std::size(kSearchSources)); ++source) {
        const SearchSource &from = kSearchSources[source];
        const QString table = QLatin1String(from.table);
        const QString matches
            = QStringLiteral("SELECT %1 AS source, id, meeting_start_utc AS start_utc FROM %2 "
                             "WHERE search_vector @@ (SELECT to_tsquery('swedish', ?))")
                  .arg(source)
                  .arg(table);
        const QString newest
            = QStringLiteral(" ORDER BY start_utc DESC, id DESC LIMIT %1").arg(kSearchPageSize);
        // Materialized: planned without the LIMIT, so from the index.
        const QString fromIndex
            = QStringLiteral("WITH m AS MATERIALIZED (%1) SELECT * FROM m").arg(matches) + newest;
        const QString walked = matches + newest;
        QList<QVariantList> indexRows;
        QList<QVariantList> walkRows;
        const double indexMs = quickerPlanningMs(raw, fromIndex, {tsquery}, 3, indexRows);
        const double walkMs = quickerPlanningMs(raw, walked, {tsquery}, 3, walkRows);
        if (indexRows != walkRows)
            throw FloorFailure(QStringLiteral("search floor for \"%1\" in %2: %3 rows from the "
                                              "index, %4 walked")
                                   .arg(words, table)
                                   .arg(indexRows.size())
                                   .arg(walkRows.size())
                                   .toStdString());
        if (indexMs < walkMs)
            ctes << QStringLiteral("m%1 AS MATERIALIZED (%2)").arg(source).arg(matches)
                 << QStringLiteral("p%1 AS MATERIALIZED (SELECT * FROM m%1%2)")
                        .arg(source)
                        .arg(newest);
        else
            ctes << QStringLiteral("p%1 AS MATERIALIZED (%2)").arg(source).arg(walked);
        values << tsquery;
        pages << QStringLiteral("SELECT * FROM p%1").arg(source);
        details << QStringLiteral("SELECT p.source, s.id, m.id AS meeting_id, m.unit_id, "
                                  "m.start_utc, ts_headline('swedish', s.search_text, "
                                  "to_tsquery('swedish', ?), 'StartSel=\u00ab, StopSel=\u00bb, "
                                  "MaxWords=24, MinWords=8'), %1, %2 "
                                  "FROM page p JOIN %3 s ON s.id = p.id %4 WHERE p.source = %5")
                       .arg(QLatin1String(from.client), QLatin1String(from.agendaItem), table,
                           QLatin1String(from.meetingJoin))
                       .arg(source);
    }
    ctes << QStringLiteral("page AS MATERIALIZED (SELECT * FROM (%1) h "
                           "ORDER BY start_utc DESC, source, id DESC LIMIT %2)")
                .arg(pages.join(QStringLiteral(" UNION ALL ")))
                .arg(kSearchPageSize);
    for (int source = 0; source < int(std::size(kSearchSources)); ++source)
        values << tsquery;
    const QString sql
        = QStringLiteral("WITH %1 %2 ORDER BY start_utc DESC, source, id DESC")
              .arg(ctes.join(QStringLiteral(", ")), details.join(QStringLiteral(" UNION ALL ")));
    QList<QVariantList> page;
    const double ms = quickerPlanningMs(raw, sql, values, 8, page);
    hits.clear();
    for (const QVariantList &row : std::as_const(page))
        hits << HitKey {kSearchSources[row.at(0).toInt()].kind, row.at(1).toLongLong()};
    return ms;
}

// The floor on SQLite: the same MATCH (each word's Swedish stem as a
// prefix) on each index, newest first, first page, no joins. Returns the
// rows found.
int rawSqliteSearch(RawStatements &raw, const QString &words)
{
    const QString match = fts5MatchQuery(swedishStems(searchTerms(words)));
    int rows = 0;
    for (const SearchSource &source : kSearchSources)
        rows += raw.rows(QStringLiteral("SELECT rowid, snippet(%1, 0, '«', '»', '…', 16) FROM %1 "
                                        "WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 50")
                             .arg(QLatin1String(source.ftsTable)),
            {match});
    return rows;
}
} // namespace

QJsonObject measureSearch(Workspace &workspace, int runs)
{
    SearchRepository search(workspace.database());
    search.synchronize(); // a fresh index, as after the generator's first search
    QList<double> program;
    QList<double> raw;
    QList<double> counted; // the first page and "N träffar", as the search view shows them
    QList<double> nextPage;
    QHash<QString, QList<double>> perQuery;
    RawStatements statements(workspace.database());
    for (int run = 0; run < runs; ++run) {
        for (const QString &words : kQueries) {
            QList<SearchHit> page;
            program << timeMs([&] { page = search.search(words); });
            const qsizetype hits = page.size();
            perQuery[words] << program.last();
            int rows = 0;
            if (workspace.database().isPostgres()) {
                QList<HitKey> floorPage;
                raw << postgresSearchFloorMs(statements, words, floorPage);
                rows = int(floorPage.size());
                if (floorPage != keysOf(page))
                    throw FloorFailure(QStringLiteral("search floor for \"%1\": another page than "
                                                      "the program's")
                                           .arg(words)
                                           .toStdString());
            } else
                raw << timeMs([&] { rows = rawSqliteSearch(statements, words); });
            // A floor that found nothing where the program found hits (or
            // the other way round) did other work.
            if ((hits > 0) != (rows > 0))
                throw FloorFailure(
                    QStringLiteral("search floor for \"%1\": %2 rows, the program %3 hits")
                        .arg(words)
                        .arg(rows)
                        .arg(hits)
                        .toStdString());
            counted << timeMs([&] {
                if (search.search(words).size() == kSearchPageSize)
                    search.count(words);
            });
            nextPage << timeMs([&] { search.search(words, {}, kSearchPageSize, kSearchPageSize); });
        }
    }
    QJsonObject result = figure(program, raw, 50, 1.5);
    result.insert(QStringLiteral("withCount"), figure(counted, 50));
    result.insert(QStringLiteral("secondPage"), figure(nextPage, 50));
    QJsonObject words; // each query's first page, median ms
    for (const QString &query : kQueries)
        words.insert(query, median(perQuery.value(query)));
    result.insert(QStringLiteral("perQuery"), words);
    return result;
}

} // namespace tf::bench
