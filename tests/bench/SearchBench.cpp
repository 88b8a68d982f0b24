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

// The floor on PostgreSQL: each source's first page, newest first (by the
// meeting's start kept beside each row, as the program orders them), no
// joins, by the quickest of the plans the program chooses between: all of
// the index's matches read and ordered (a rare word), or the rows walked
// newest first until a page has matched (a common word), each planned either
// way. Both give the same rows. The program pays its first look to learn
// which is the quicker; the floor is told. Then the page of them all, as the
// program merges them, and only the page's rows read with their meetings
// and snippets. Returns the ms, with the page's rows.
double postgresSearchFloorMs(RawStatements &raw, const QString &words, int &rows)
{
    const QVariantList query {tsqueryText(searchTerms(words))};
    double total = 0;
    struct Hit
    {
        QString start;
        int source;
        qint64 id;
    };
    QList<Hit> hits;
    for (int source = 0; source < int(std::size(kSearchSources)); ++source) {
        const QString table = QLatin1String(kSearchSources[source].table);
        const QString matches = QStringLiteral("SELECT id, meeting_start_utc FROM %1 "
                                               "WHERE search_vector @@ to_tsquery('swedish', ?)")
                                    .arg(table);
        QList<QVariantList> fromIndex;
        QList<QVariantList> walked;
        // Materialized: planned without the LIMIT, so from the index.
        const double indexMs = quickerPlanningMs(raw,
            QStringLiteral("WITH m AS MATERIALIZED (%1) SELECT * FROM m "
                           "ORDER BY meeting_start_utc DESC, id DESC LIMIT 50")
                .arg(matches),
            query, 2, fromIndex);
        const double walkMs = quickerPlanningMs(raw,
            matches + QStringLiteral(" ORDER BY meeting_start_utc DESC, id DESC LIMIT 50"), query,
            2, walked);
        if (fromIndex != walked)
            throw FloorFailure(QStringLiteral("search floor for \"%1\" in %2: %3 rows from the "
                                              "index, %4 walked")
                                   .arg(words, table)
                                   .arg(fromIndex.size())
                                   .arg(walked.size())
                                   .toStdString());
        total += std::min(indexMs, walkMs);
        for (const QVariantList &row : std::as_const(walked))
            hits << Hit {row.at(1).toString(), source, row.at(0).toLongLong()};
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.start != b.start)
            return a.start > b.start;
        return a.source != b.source ? a.source < b.source : a.id > b.id;
    });
    hits = hits.mid(0, kSearchPageSize);
    rows = int(hits.size());
    if (hits.isEmpty())
        return total;
    // The page's rows with what a hit shows, in one statement.
    QStringList parts;
    QVariantList values;
    for (int source = 0; source < int(std::size(kSearchSources)); ++source) {
        QStringList ids;
        for (const Hit &hit : std::as_const(hits)) {
            if (hit.source == source)
                ids << QString::number(hit.id);
        }
        if (ids.isEmpty())
            continue;
        const SearchSource &from = kSearchSources[source];
        parts << QStringLiteral("SELECT s.id, m.id, m.unit_id, m.start_utc, "
                                "ts_headline('swedish', s.search_text, to_tsquery('swedish', ?), "
                                "'StartSel=\u00ab, StopSel=\u00bb, MaxWords=24, MinWords=8'), "
                                "%1, %2 FROM %3 s %4 WHERE s.id = ANY (CAST(? AS bigint[]))")
                     .arg(QLatin1String(from.client), QLatin1String(from.agendaItem),
                         QLatin1String(from.table), QLatin1String(from.meetingJoin));
        values << query.first() << QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
    }
    QList<QVariantList> page;
    total += quickerPlanningMs(raw, parts.join(QStringLiteral(" UNION ALL ")), values, 7, page);
    expectRows("search hits with their snippets", page.size(), hits.size());
    return total;
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
            qsizetype hits = 0;
            program << timeMs([&] { hits = search.search(words).size(); });
            perQuery[words] << program.last();
            int rows = 0;
            if (workspace.database().isPostgres())
                raw << postgresSearchFloorMs(statements, words, rows);
            else
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
