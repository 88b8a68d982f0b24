// Avvikelser and klagomål under row-level security: the unit's own team
// sees and writes them, a login of another unit neither sees nor adds them.
#include "access/CareRelationFixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
qint64 rows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

bool addDeviation(QSqlDatabase db, qint64 unitId)
{
    QSqlQuery query(db);
    return query.exec(
        QStringLiteral("INSERT INTO deviation (unit_id, occurred_on, category, severity, "
                       "description, status, updated_at) VALUES (%1, '2026-03-02', 'fall', "
                       "'lindrig', 'Föll i hallen', 'registrerad', '2026-03-02T10:00:00Z')")
            .arg(unitId));
}

bool addComplaint(QSqlDatabase db, qint64 unitId)
{
    QSqlQuery query(db);
    return query.exec(
        QStringLiteral("INSERT INTO complaint (unit_id, received_on, kind, summary, status, "
                       "updated_at) VALUES (%1, '2026-03-02', 'synpunkt', 'Mer utevistelse', "
                       "'oppen', '2026-03-02T10:00:00Z')")
            .arg(unitId));
}
} // namespace

TEST_CASE("a login of another unit neither sees nor adds a unit's deviations and complaints",
    "[deviation][complaint][access]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    REQUIRE(addDeviation(fixture.connectAs(Who::NurseA), CareRelationFixture::kUnitA));
    REQUIRE(addComplaint(fixture.connectAs(Who::Chair), CareRelationFixture::kUnitA));
    // Unit B's nurse may not write for unit A.
    CHECK_FALSE(addDeviation(fixture.connectAs(Who::NurseB), CareRelationFixture::kUnitA));
    CHECK_FALSE(addComplaint(fixture.connectAs(Who::NurseB), CareRelationFixture::kUnitA));
    REQUIRE(addDeviation(fixture.connectAs(Who::NurseB), CareRelationFixture::kUnitB));

    for (const QString &table : {QStringLiteral("deviation"), QStringLiteral("complaint")}) {
        INFO(table.toStdString());
        CHECK(rows(fixture.connectAs(Who::NurseA), table) == 1);
        CHECK(rows(fixture.connectAs(Who::Chair), table) == 1);
        CHECK(rows(fixture.owner(), table) == (table == QLatin1String("deviation") ? 2 : 1));
    }
    CHECK(rows(fixture.connectAs(Who::NurseB), QStringLiteral("deviation")) == 1);
    CHECK(rows(fixture.connectAs(Who::NurseB), QStringLiteral("complaint")) == 0);
    CHECK(rows(fixture.connectAs(Who::Admin), QStringLiteral("deviation")) == 2);
    // Nor can unit B's nurse change or remove unit A's row.
    QSqlQuery change(fixture.connectAs(Who::NurseB));
    REQUIRE(
        change.exec(QStringLiteral("UPDATE deviation SET status = 'avslutad' WHERE unit_id = 1")));
    CHECK(change.numRowsAffected() == 0);
    QSqlQuery remove(fixture.connectAs(Who::NurseB));
    REQUIRE(remove.exec(QStringLiteral("DELETE FROM complaint")));
    CHECK(remove.numRowsAffected() == 0);
    CHECK(rows(fixture.connectAs(Who::NurseA), QStringLiteral("complaint")) == 1);
}
