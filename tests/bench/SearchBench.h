#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// The first page of full-text hits through SearchRepository, against the
// raw FTS5 queries over the same index (on PostgreSQL the raw matches of
// each source's index), with each query's median apart (perQuery).
QJsonObject measureSearch(Workspace &workspace, int runs);

} // namespace tf::bench
