#pragma once

#include "domain/Minutes.h"

#include <QList>

namespace tf {

class Database;

// Full-text search over minutes, actions and addenda behind one interface:
// FTS5 on SQLite, to_tsvector('swedish', …) on PostgreSQL. Both match each
// word of the query as a prefix ("åtgärd" finds "åtgärder"), ignore case and
// keep å, ä and ö as letters of their own. PostgreSQL also stems Swedish.
class SearchRepository
{
public:
    explicit SearchRepository(Database &db);

    // Hits in the given units (all units when empty), newest first. The query
    // is taken as plain words; nothing in it is search syntax.
    QList<SearchHit> search(
        const QString &query, const QList<qint64> &unitIds = {}, int limit = 50);
    // SQLite: brings the FTS5 tables up to date with the change log. Called
    // by search(); public for tests and for a maintenance run.
    void synchronize();
    // SQLite: brings the index up to date, takes out every row whose source
    // row is gone and rewrites the index as one segment, so nothing of a
    // removed row stays in it (a purge). PostgreSQL: nothing; its indexes
    // follow the rows and VACUUM clears the dead ones.
    void forgetRemovedRows();

private:
    QList<SearchHit> searchSqlite(
        const QStringList &terms, const QList<qint64> &unitIds, int limit);
    QList<SearchHit> searchPostgres(
        const QStringList &terms, const QList<qint64> &unitIds, int limit);

    Database &m_db;
};

} // namespace tf
