#pragma once

#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TestBackends.h"
#include "support/ThroughRelay.h"
#include "support/WireProxy.h"

#include <optional>

namespace tf::test {

// A workspace on the backend with an empty table of its own, scratch (id,
// word), reached through a counting relay on PostgreSQL: for tests of the
// statement layer that count what goes over the wire.
struct ScratchWorkspace
{
    explicit ScratchWorkspace(const TestBackend &backend)
    {
        if (backend.spec.engine == ConnectionSpec::Engine::Postgres)
            relay.emplace(backend.spec.host, backend.spec.port);
        workspace.emplace(relay ? throughRelay(backend.spec, *relay) : backend.spec);
        workspace->open();
        execSchemaStatement(db(), QStringLiteral("DROP TABLE IF EXISTS scratch"));
        execSchemaStatement(db(),
            QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, word TEXT NOT NULL)"));
    }
    Database &db() { return workspace->database(); }
    bool postgres() const { return relay.has_value(); }
    // Round trips of work on PostgreSQL; -1 on SQLite, which has none.
    template <typename Work> long roundTrips(Work &&work)
    {
        if (!relay) {
            work();
            return -1;
        }
        return roundTripsOf(*relay, work);
    }
    void insert(int id, const QString &word)
    {
        Query query(db(), QStringLiteral("INSERT INTO scratch (id, word) VALUES (?, ?)"));
        query.bind(id).bind(word).exec();
    }

    std::optional<WireProxy> relay;
    std::optional<Workspace> workspace;
};

} // namespace tf::test
