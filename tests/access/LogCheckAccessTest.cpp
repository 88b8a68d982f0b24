// Saved loggkontroller under row-level security: the enhetschef and an
// administrator read and add them, the reviewer is the signed-in login's
// person, and a nurse sees none and adds none.

#include "access/CareRelationFixture.h"
#include "support/CliRun.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
qint64 checks(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM access_log_check")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

bool addCheck(QSqlDatabase db, qint64 reviewer)
{
    QSqlQuery query(db);
    return query.exec(
        QStringLiteral("INSERT INTO access_log_check (unit_id, period, reviewed_by, saved_at, "
                       "sample_size, seed, through_log_id) VALUES (1, '2026-01', %1, "
                       "'2026-02-01T08:00:00Z', 5, '7', 1)")
            .arg(reviewer));
}
} // namespace

TEST_CASE("only the enhetschef and administrators see and add loggkontroller on PostgreSQL",
    "[logcheck][access]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    const qint64 nurse = fixture.personId(Who::NurseA);
    CHECK_FALSE(addCheck(fixture.connectAs(Who::NurseA), nurse));
    // Sent in the nurse's name, saved in the chair's.
    REQUIRE(addCheck(fixture.connectAs(Who::Chair), nurse));
    QSqlQuery reviewer(fixture.owner());
    REQUIRE(reviewer.exec(QStringLiteral("SELECT reviewed_by FROM access_log_check")));
    REQUIRE(reviewer.next());
    CHECK(reviewer.value(0).toLongLong() == fixture.personId(Who::Chair));

    CHECK(checks(fixture.connectAs(Who::Chair)) == 1);
    CHECK(checks(fixture.connectAs(Who::Admin)) == 1);
    CHECK(checks(fixture.connectAs(Who::NurseA)) == 0);
    QSqlQuery change(fixture.connectAs(Who::Chair));
    CHECK_FALSE(change.exec(QStringLiteral("UPDATE access_log_check SET period = '2026-02'")));
    QSqlQuery remove(fixture.owner());
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM access_log_check")));

    const CliRun chair = runCli({QStringLiteral("--database"), fixture.urlAs(Who::Chair),
        QStringLiteral("access-log"), QStringLiteral("overdue")});
    INFO(chair.err.toStdString());
    CHECK(chair.exitCode == 0);
    const CliRun staff = runCli({QStringLiteral("--database"), fixture.urlAs(Who::NurseA),
        QStringLiteral("access-log"), QStringLiteral("overdue")});
    CHECK(staff.exitCode == 1);
    CHECK(staff.err.contains(QStringLiteral("enhetschefen")));
}
