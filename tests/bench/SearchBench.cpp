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

// The floor on PostgreSQL: each source's first page, newest first (by the
// meeting's start kept beside each row, as the program orders them), no
// joins, by the quicker of the two plans the program chooses between: all
// of the index's matches read and ordered (a rare word), or the rows
// walked newest first until a page has matched (a common word). Both give
// the same rows. The program pays its first look to learn which plan is
// the quicker; the floor is told. Returns the ms, with the rows found.
double postgresSearchFloorMs(RawStatements &raw, const QString &words, int &rows)
{
    const QVariantList query {tsqueryText(searchTerms(words))};
    double total = 0;
    for (const char *table : {"minute_entry", "team_action", "minutes_addendum", "agenda_item"}) {
        const QString matches = QStringLiteral("SELECT id, meeting_start_utc, search_text FROM %1 "
                                               "WHERE search_vector @@ to_tsquery('swedish', ?)")
                                    .arg(QLatin1String(table));
        int fromIndex = 0;
        int walked = 0;
        // Materialized: planned without the LIMIT, so from the index.
        const double indexMs = timeMs([&] {
            fromIndex = raw.rows(QStringLiteral("WITH m AS MATERIALIZED (%1) SELECT * FROM m "
                                                "ORDER BY meeting_start_utc DESC, id DESC LIMIT 50")
                                     .arg(matches),
                query);
        });
        const double walkMs = timeMs([&] {
            walked = raw.rows(
                matches + QStringLiteral(" ORDER BY meeting_start_utc DESC, id DESC LIMIT 50"),
                query);
        });
        if (fromIndex != walked)
            throw FloorFailure(QStringLiteral("search floor for \"%1\" in %2: %3 rows from the "
                                              "index, %4 walked")
                                   .arg(words, QLatin1String(table))
                                   .arg(fromIndex)
                                   .arg(walked)
                                   .toStdString());
        total += std::min(indexMs, walkMs);
        rows += walked;
    }
    return total;
}

// The floor on SQLite: the same MATCH (each word's Swedish stem as a
// prefix) on each index, newest first, first page, no joins. Returns the
// rows found.
int rawSqliteSearch(RawStatements &raw, const QString &words)
{
    const QString match = fts5MatchQuery(swedishStems(searchTerms(words)));
    int rows = 0;
    for (const char *table :
        {"minute_entry_fts", "team_action_fts", "minutes_addendum_fts", "agenda_item_fts"})
        rows += raw.rows(QStringLiteral("SELECT rowid, snippet(%1, 0, '«', '»', '…', 16) FROM %1 "
                                        "WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 50")
                             .arg(QLatin1String(table)),
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
