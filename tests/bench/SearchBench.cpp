#include "SearchBench.h"

#include "Stats.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace tf::bench {

namespace {
// Words a secretary would look for: rare, common and with å, ä, ö.
const QStringList kQueries = {
    QStringLiteral("tryckavlastning"),
    QStringLiteral("anhöriga samtal"),
    QStringLiteral("rullator"),
    QStringLiteral("fallriskbedömning"),
    QStringLiteral("gångträning"),
    QStringLiteral("läkemedel smärta"),
};

// The floor: the same MATCH on each index, newest first, first page, no joins.
void rawSearch(QSqlDatabase &db, const QString &words)
{
    QStringList quoted;
    const auto terms = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms)
        quoted << QLatin1Char('"') + term + QStringLiteral("\"*");
    for (const char *table : {"minute_entry_fts", "team_action_fts", "minutes_addendum_fts"}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT rowid, snippet(%1, 0, '«', '»', '…', 16) FROM %1 "
                                     "WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 50")
                          .arg(QLatin1String(table)));
        query.addBindValue(quoted.join(QLatin1Char(' ')));
        query.exec();
        while (query.next()) { }
    }
}
} // namespace

QJsonObject measureSearch(Workspace &workspace, int runs)
{
    SearchRepository search(workspace.database());
    search.synchronize(); // a fresh index, as after the generator's first search
    QList<double> program;
    QList<double> raw;
    for (int run = 0; run < runs; ++run) {
        for (const QString &words : kQueries) {
            program << timeMs([&] { search.search(words); });
            raw << timeMs([&] { rawSearch(workspace.database().connection(), words); });
        }
    }
    return figure(program, raw, 50, 1.5);
}

} // namespace tf::bench
