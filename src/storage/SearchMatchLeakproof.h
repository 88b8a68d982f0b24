#pragma once

namespace tf {

class Database;

// Under row-level security PostgreSQL applies a condition from the query
// before a policy only when its functions are marked leakproof (they cannot
// reveal a row through an error). The full-text match (to_tsvector,
// tsvector @@ tsquery) is not marked so by default, so a search must read
// every note the person may see instead of using the search index. Marking
// them is a per-database catalogue change that only a superuser may make:
// prepare-server makes it. The functions raise errors only on their own
// arguments' form (a text over a megabyte), never with a row's words.
bool searchMatchIsLeakproof(Database &db);
// Marks them in the connected database. Throws StorageError (Refused, in
// Swedish) without the right.
void markSearchMatchLeakproof(Database &db);

} // namespace tf
