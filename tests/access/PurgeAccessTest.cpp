// The purge under row-level security: only the database owner, who sees
// every client, purges; an administrator or an enhetschef with their own
// login is refused in Swedish and nothing goes, and no login but the
// owner's and the administrators' may open the purge's door through
// locked minutes.

#include "access/CareRelationFixture.h"
#include "support/CliRun.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
qint64 clients(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM client")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}
} // namespace

TEST_CASE("only the database owner purges on PostgreSQL", "[purge][access]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    QTemporaryDir archive;
    for (const Who who : {Who::Admin, Who::Chair}) {
        const CliRun run = runCli({QStringLiteral("--database"), fixture.urlAs(who),
            QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--as-of"),
            QStringLiteral("2026-01-01"), QStringLiteral("--archive"), archive.path()});
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("ägare")));
        CHECK(run.out.isEmpty());
    }
    CHECK(clients(fixture.owner()) == 3);

    QSqlQuery door(fixture.connectAs(Who::Chair));
    CHECK_FALSE(door.exec(QStringLiteral("INSERT INTO retention_purging (client_id) VALUES (1)")));
    QSqlQuery protocol(fixture.connectAs(Who::Chair));
    CHECK_FALSE(protocol.exec(
        QStringLiteral("INSERT INTO retention_purge (purged_at, as_of, provider, "
                       "legal_reference) VALUES ('2026-01-01T00:00:00Z', '2026-01-01', "
                       "'municipal', 'x')")));
}
