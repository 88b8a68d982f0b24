#pragma once

#include "domain/Minutes.h"

#include <QList>
#include <QVariant>

namespace tf {

class Database;

// A searched source: its table, its FTS5 table on SQLite, the text column,
// the SQL from its row (s) to the row's meeting (m), the client and agenda
// item the row is about, and the kind of hit.
struct SearchSource
{
    const char *table;
    const char *ftsTable;
    const char *column;
    const char *meetingJoin;
    const char *client;
    const char *agendaItem;
    SearchHit::Kind kind;
};
// The sources search() looks in; a hit's source is its index here.
extern const SearchSource kSearchSources[4];

// Full-text search over minutes, actions, addenda and agenda titles behind
// one interface: FTS5 on SQLite, to_tsvector('swedish', …) on PostgreSQL.
// Both stem Swedish and match each word of the query as a prefix
// ("riskbedömningar" finds "riskbedömning", "åtgärd" finds "åtgärder"),
// ignore case and keep å, ä and ö as letters of their own.
class SearchRepository
{
public:
    // On PostgreSQL each source's newest kProbeRows rows are walked first,
    // newest first, until a page of them match. A source with at most
    // kFewMatches matches among them and at most kIndexedMatches in all has
    // all its matches taken from its index and ordered. Otherwise its newest
    // kWalkRows rows are walked the same way, and a word with too few hits
    // among them has all its matches taken and ordered. kFewMatches of
    // kProbeRows (0.3 %) makes a walk of kWalkRows meet a page of 50 hits
    // (0.25 %). kIndexedMatches: a word's matches read and ordered cost
    // about as much as the walk; with more, the word is not rare, only
    // absent from the newest rows (in a region the newest 5,000 agenda
    // items are one day, and a monthly forum's title is not among them).
    static constexpr int kFewMatches = 3;
    static constexpr int kIndexedMatches = 2000;
    static constexpr int kWalkRows = 20000;
    // The first look reads them all for a rare word, so it is the cost of
    // every rare word's search: 1,000 rows instead of 5,000 halved it. A
    // word too seldom among them for its page is walked to or read from
    // the index, whichever its count says.
    static constexpr int kProbeRows = 1000;

    explicit SearchRepository(
        Database &db, int fewMatches = kFewMatches, int indexedMatches = kIndexedMatches);

    // Hits in the given units (all units when empty), newest first, `limit`
    // of them from `offset` on. The query is taken as plain words; nothing
    // in it is search syntax.
    QList<SearchHit> search(const QString &query, const QList<qint64> &unitIds = {},
        int limit = kSearchPageSize, int offset = 0);
    // PostgreSQL: the server's plan of search() for the first page, as run
    // (EXPLAIN ANALYZE), a line each. Empty on SQLite.
    QStringList explainSearch(const QString &query, const QList<qint64> &unitIds = {});
    // How many hits search() has for the same query and units, counted up to
    // `atMost`: with more, atMost + 1 (each source stops at atMost + 1).
    int count(
        const QString &query, const QList<qint64> &unitIds = {}, int atMost = kSearchCountLimit);
    // SQLite: brings the FTS5 tables up to date with the change log. Called
    // by search(); public for tests and for a maintenance run.
    void synchronize();
    // SQLite: brings the index up to date, takes out every row whose source
    // row is gone and rewrites the index as one segment, so nothing of a
    // removed row stays in it (a purge). PostgreSQL: nothing; its indexes
    // follow the rows and VACUUM clears the dead ones.
    void forgetRemovedRows();

private:
    static QString sqliteMatch(const QStringList &terms);
    QList<SearchHit> searchSqlite(
        const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset);
    QList<SearchHit> searchPostgres(
        const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset);
    // The PostgreSQL statement of a page and its values in order.
    // `reach`: the hits each source gives, the page's end.
    QString postgresSearchSql(const QList<qint64> &unitIds, int reach) const;
    static QVariantList postgresSearchValues(
        const QStringList &terms, const QList<qint64> &unitIds, int limit, int offset);

    Database &m_db;
    int m_fewMatches;
    int m_indexedMatches;
};

} // namespace tf
