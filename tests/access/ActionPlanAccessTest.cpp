// Handlingsplaner and the årshjul under row-level security: the unit's own
// people see and write them, a login of another unit neither sees nor adds
// them; only whoever manages the organisation signs a plan off, in their own
// name, and a signed-off plan and its actions are no longer changed.
#include "access/CareRelationFixture.h"

#include <QSqlQuery>
#include <QVariant>

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

// The new plan's id, 0 when refused.
qint64 addPlan(QSqlDatabase db, qint64 unitId)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO action_plan (unit_id, area, forum, created_at) "
                                   "VALUES (%1, 'Fallprevention', 'kvalitetsmote', "
                                   "'2026-03-02T10:00:00Z') RETURNING id")
                        .arg(unitId))
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}
} // namespace

TEST_CASE("handlingsplaner are the unit's own and signed off only by whoever manages",
    "[actionplan][arshjul][access]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    const qint64 plan = addPlan(fixture.connectAs(Who::NurseA), CareRelationFixture::kUnitA);
    REQUIRE(plan > 0);
    const QString step = QStringLiteral("INSERT INTO action_plan_step (plan_id, what, who) "
                                        "VALUES (%1, 'Gå igenom fallrisker', 'Fysioterapeut')")
                             .arg(plan);
    REQUIRE(exec(fixture.connectAs(Who::NurseA), step));
    REQUIRE(exec(fixture.connectAs(Who::NurseA),
        QStringLiteral("INSERT INTO apt_topic (unit_id, month, title) VALUES (1, 4, 'Larm')")));

    // Unit B's nurse neither adds to unit A nor sees its plans, actions or topics.
    CHECK(addPlan(fixture.connectAs(Who::NurseB), CareRelationFixture::kUnitA) == 0);
    CHECK_FALSE(exec(fixture.connectAs(Who::NurseB), step));
    CHECK_FALSE(exec(fixture.connectAs(Who::NurseB),
        QStringLiteral("INSERT INTO apt_topic (unit_id, month, title) VALUES (1, 5, 'X')")));
    for (const QString &table : {QStringLiteral("action_plan"), QStringLiteral("action_plan_step"),
             QStringLiteral("apt_topic")}) {
        INFO(table.toStdString());
        CHECK(rows(fixture.connectAs(Who::NurseB), table) == 0);
        CHECK(rows(fixture.connectAs(Who::NurseA), table) == 1);
        CHECK(rows(fixture.connectAs(Who::Chair), table) == 1);
    }

    // The nurse does not manage the organisation: no sign-off.
    const QString signOff = QStringLiteral("UPDATE action_plan SET signed_off_on = '2026-06-01', "
                                           "signed_off_by = %1 WHERE id = %2")
                                .arg(fixture.personId(Who::NurseA))
                                .arg(plan);
    CHECK_FALSE(exec(fixture.connectAs(Who::NurseA), signOff));
    // The enhetschef signs off, in her own name whatever is sent.
    REQUIRE(exec(fixture.connectAs(Who::Chair), signOff));
    QSqlQuery signer(fixture.connectAs(Who::Chair));
    REQUIRE(signer.exec(
        QStringLiteral("SELECT signed_off_by FROM action_plan WHERE id = %1").arg(plan)));
    REQUIRE(signer.next());
    CHECK(signer.value(0).toLongLong() == fixture.personId(Who::Chair));

    // Signed off: neither the plan nor its actions change, nothing is removed.
    CHECK_FALSE(exec(fixture.connectAs(Who::Chair),
        QStringLiteral("UPDATE action_plan SET goal = 'Annat' WHERE id = %1").arg(plan)));
    CHECK_FALSE(exec(fixture.connectAs(Who::NurseA), step));
    CHECK_FALSE(exec(fixture.connectAs(Who::NurseA),
        QStringLiteral("UPDATE action_plan_step SET status = 'klar' WHERE plan_id = %1")
            .arg(plan)));
    CHECK_FALSE(exec(fixture.connectAs(Who::Chair),
        QStringLiteral("DELETE FROM action_plan WHERE id = %1").arg(plan)));
    CHECK(rows(fixture.connectAs(Who::Chair), QStringLiteral("action_plan_step")) == 1);
}
