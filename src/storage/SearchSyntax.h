#pragma once

#include <QString>
#include <QStringList>

namespace tf {

// The words of a search (searchTerms: letters and digits only) as each
// engine's full-text query, every word matched as a prefix. Nothing the
// user typed can be syntax: FTS5 gets each word quoted, to_tsquery words
// joined with &.
QString fts5MatchQuery(const QStringList &terms);
QString tsqueryText(const QStringList &terms);

} // namespace tf
