// The head of a client's access-log chain is found through an index on
// (client_id, id), not by walking the log.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/TestBackends.h"

#include <QSqlQuery>

using namespace tf;

TEST_CASE(
    "the newest access-log entries of clients are found through their index", "[access][postgres]")
{
    for (const auto &backend : test::testBackends()) {
        if (backend.spec.engine != ConnectionSpec::Engine::Postgres)
            continue;
        Workspace workspace(backend.spec);
        workspace.open();
        QSqlQuery query(workspace.database().connection());
        // A new schema's tables are small: tell the planner to use what an
        // organisation's log would make it use.
        REQUIRE(query.exec(QStringLiteral("SET enable_seqscan = off")));
        // The heads of all the clients an action read, as AccessLogChain asks:
        // each taken from the end of the index, not by reading every entry
        // of the clients (MAX … GROUP BY over an IN list read them all).
        REQUIRE(query.exec(QStringLiteral(
            "EXPLAIN SELECT client_id, row_hash FROM access_log WHERE id IN "
            "(SELECT (SELECT MAX(l.id) FROM access_log l WHERE l.client_id = c.column1) "
            "FROM (VALUES (CAST('7' AS BIGINT)),(CAST('8' AS BIGINT))) c)")));
        QStringList plan;
        while (query.next())
            plan << query.value(0).toString();
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(plan.join(QLatin1Char('\n'))
                  .contains(QStringLiteral("Scan Backward using access_log_client_chain")));
        REQUIRE(query.exec(QStringLiteral("RESET enable_seqscan")));
    }
}
