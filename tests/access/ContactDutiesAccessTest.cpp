// The contact person's duties under row-level security: only the person an
// action names marks its journal entry, in their own name; plan events and
// guests follow the client's care relation; marks and events are never
// changed. PostgreSQL only.
#include "access/CareRelationFixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
bool run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

qint64 value(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}
} // namespace

TEST_CASE("only the person named marks a journal entry, and plans follow the care relation",
    "[access][postgres][journal][careplan]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    const qint64 nurse = fixture.personId(Who::NurseA);
    const qint64 contact = fixture.personId(Who::Contact);
    // Action 1 is about client a1: nurse A is to document it.
    REQUIRE(run(fixture.owner(),
        QStringLiteral("UPDATE team_action SET journal_entry_needed = 1, journal_by = %1 "
                       "WHERE id = 1")
            .arg(nurse)));
    const QString mark
        = QStringLiteral("INSERT INTO journal_entry_done (action_id, record, documented_by, "
                         "documented_at) VALUES (1, 'hsl', %1, '2026-05-01T10:00:00Z')");

    // The contact person sees the action but may not mark it, not even in
    // the nurse's name.
    CHECK(value(fixture.connectAs(Who::Contact),
              QStringLiteral("SELECT count(*) FROM team_action WHERE id = 1"))
        == 1);
    CHECK_FALSE(run(fixture.connectAs(Who::Contact), mark.arg(nurse)));
    // The nurse marks it; the row names her whatever the statement said.
    REQUIRE(run(fixture.connectAs(Who::NurseA), mark.arg(contact)));
    CHECK(value(fixture.owner(),
              QStringLiteral("SELECT documented_by FROM journal_entry_done WHERE action_id = 1"))
        == nurse);
    CHECK_FALSE(run(fixture.connectAs(Who::NurseA),
        QStringLiteral("UPDATE journal_entry_done SET record = 'sol' WHERE action_id = 1")));
    CHECK_FALSE(run(fixture.connectAs(Who::NurseA),
        QStringLiteral("DELETE FROM journal_entry_done WHERE action_id = 1")));

    // A plan step and a guest for a1: by a1's nurse, not by unit B's.
    const QString step
        = QStringLiteral("INSERT INTO care_plan_event (client_id, kind, occurred_on, recorded_at) "
                         "VALUES (1, 'planeringssamtal', '2026-01-20', 'x')");
    CHECK_FALSE(run(fixture.connectAs(Who::NurseB), step));
    REQUIRE(run(fixture.connectAs(Who::NurseA), step));
    CHECK(value(fixture.connectAs(Who::NurseB),
              QStringLiteral("SELECT count(*) FROM care_plan_event"))
        == 0);
    CHECK(value(fixture.connectAs(Who::Contact),
              QStringLiteral("SELECT count(*) FROM care_plan_event"))
        == 1);
    CHECK_FALSE(run(fixture.connectAs(Who::NurseA),
        QStringLiteral("UPDATE care_plan_event SET occurred_on = '2026-01-21'")));
    const QString guest
        = QStringLiteral("INSERT INTO meeting_guest (meeting_id, client_id, relative_name, "
                         "relation, updated_at) VALUES (1, 1, 'Anna Gran', 'dotter', 'x')");
    CHECK_FALSE(run(fixture.connectAs(Who::NurseB), guest));
    REQUIRE(run(fixture.connectAs(Who::Contact), guest));
    CHECK(
        value(fixture.connectAs(Who::NurseB), QStringLiteral("SELECT count(*) FROM meeting_guest"))
        == 0);
}
