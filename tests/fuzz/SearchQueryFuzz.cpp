// The search field's text made into full-text queries: the words
// (searchTerms) and FTS5's query built from them are run against an FTS5
// table as the program's (unicode61, diacritics kept). Whatever is typed,
// the query is never a syntax error; the PostgreSQL query has only words
// (letters, digits, combining marks), ":*" and " & ".
#include "domain/Minutes.h"
#include "storage/SearchSyntax.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
sqlite3 *openIndex()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK
        || sqlite3_exec(db,
               "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics "
               "0');"
               "INSERT INTO t VALUES ('Åsa går igenom fallrisken med Örjan 12 gånger');",
               nullptr, nullptr, nullptr)
            != SQLITE_OK)
        std::abort();
    return db;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sqlite3 *db = openIndex();
    // A word may hold combining marks once lower-cased ("İ" is "i̇").
    static const QRegularExpression tsquery(
        QStringLiteral("^([\\p{L}\\p{M}\\p{N}]+:\\*( & [\\p{L}\\p{M}\\p{N}]+:\\*)*)?$"));
    const QString typed
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList terms = tf::searchTerms(typed);
    if (terms.isEmpty())
        return 0; // the program does not search
    const QByteArray match = tf::fts5MatchQuery(terms).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &statement, nullptr)
        != SQLITE_OK)
        std::abort();
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        std::abort(); // a syntax error: something typed became FTS5 syntax
    if (!tsquery.match(tf::tsqueryText(terms)).hasMatch())
        std::abort();
    return 0;
}
