// One client record across units under row-level security (migration 029):
// the staff of every unit that serves a client see it; a unit adds itself
// and nobody else; nobody else sees more than before. PostgreSQL only, with
// each person's own login.
#include "access/CareRelationFixture.h"
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonObject>
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

const QString kClients = QStringLiteral("SELECT count(*) FROM client");
const QString kServe
    = QStringLiteral("INSERT INTO client_serving_unit (client_id, unit_id, from_date, "
                     "updated_at) VALUES (%1, %2, '2026-01-01', 'x')");
} // namespace

TEST_CASE("the staff of every unit that serves a client see it, and nobody else more",
    "[access][postgres][shared]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    constexpr Who kOthers[] = {Who::Chair, Who::Contact, Who::NurseA, Who::Admin, Who::Nobody};
    QHash<int, qint64> before;
    for (Who who : kOthers)
        before.insert(who, value(fixture.connectAs(who), kClients));
    // Unit B's nurse sees b1 only.
    CHECK(value(fixture.connectAs(Who::NurseB), kClients) == 1);

    // She may learn the id of a personnummer another unit has, and no more.
    CHECK(value(fixture.connectAs(Who::NurseB),
              QStringLiteral("SELECT teamforum_client_of_personnummer('19400101-9878')"))
        == CareRelationFixture::kClientA1);
    CHECK(value(fixture.connectAs(Who::NurseB),
              QStringLiteral("SELECT count(*) FROM client WHERE personnummer = '19400101-9878'"))
        == 0);
    // The owner's look-up setting opens nothing to a user who sets it.
    CHECK(run(fixture.connectAs(Who::NurseB),
        QStringLiteral("SELECT set_config('teamforum.client_lookup', '19400101-9878', false)")));
    CHECK(value(fixture.connectAs(Who::NurseB), kClients) == 1);

    // Unit B may not say that unit A serves b1, nor add a1 to unit A.
    CHECK_FALSE(run(fixture.connectAs(Who::NurseB),
        kServe.arg(CareRelationFixture::kClientB1).arg(CareRelationFixture::kUnitA)));
    // Unit B begins serving a1: its nurse sees a1 and a1's records.
    REQUIRE(run(fixture.connectAs(Who::NurseB),
        kServe.arg(CareRelationFixture::kClientA1).arg(CareRelationFixture::kUnitB)));
    CHECK(value(fixture.connectAs(Who::NurseB), kClients) == 2);
    CHECK(value(fixture.connectAs(Who::NurseB),
              QStringLiteral("SELECT count(*) FROM consent WHERE client_id = %1")
                  .arg(CareRelationFixture::kClientA1))
        == 1);
    CHECK(value(fixture.connectAs(Who::NurseB),
              QStringLiteral("SELECT count(*) FROM client WHERE id = %1")
                  .arg(CareRelationFixture::kClientA2))
        == 0);
    // Nobody else sees more than before.
    for (Who who : kOthers)
        CHECK(value(fixture.connectAs(who), kClients) == before.value(who));
    // Unit A sees that B serves a1, but may not end B's part.
    CHECK(value(fixture.connectAs(Who::NurseA),
              QStringLiteral("SELECT count(*) FROM client_serving_unit WHERE client_id = %1")
                  .arg(CareRelationFixture::kClientA1))
        == 1);
    QSqlQuery end(fixture.connectAs(Who::NurseA));
    REQUIRE(end.exec(QStringLiteral("UPDATE client_serving_unit SET to_date = '2026-02-01'")));
    CHECK(end.numRowsAffected() == 0);

    // Through the program's own door: unit B's nurse registers a2 by the
    // personnummer; the record is attached, not copied, and now hers to see.
    const CliRun registered = runCli({QStringLiteral("--database"), fixture.urlAs(Who::NurseB),
        QStringLiteral("client"), QStringLiteral("register"), QStringLiteral("--unit"),
        QString::number(CareRelationFixture::kUnitB), QStringLiteral("--personnummer"),
        QStringLiteral("194002029876"), QStringLiteral("--name"), QStringLiteral("A2"),
        QStringLiteral("--from"), QStringLiteral("2026-02-01")});
    INFO(registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    const QJsonObject json = registered.json().object();
    CHECK(json.value(QStringLiteral("attached")).toBool());
    CHECK(json.value(QStringLiteral("id")).toInteger() == CareRelationFixture::kClientA2);
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("Kund A2"));
    // The fixture wrote a2 without its own unit's row: B's is the one.
    CHECK(json.value(QStringLiteral("units")).toArray().size() == 1);
    CHECK(value(fixture.connectAs(Who::NurseB), kClients) == 3);
    CHECK(value(fixture.owner(), QStringLiteral("SELECT count(*) FROM client")) == 3);
    // The same again is refused in Swedish.
    const CliRun again = runCli({QStringLiteral("--database"), fixture.urlAs(Who::NurseB),
        QStringLiteral("client"), QStringLiteral("register"), QStringLiteral("--unit"),
        QString::number(CareRelationFixture::kUnitB), QStringLiteral("--personnummer"),
        QStringLiteral("19400202-9876"), QStringLiteral("--name"), QStringLiteral("A2"),
        QStringLiteral("--from"), QStringLiteral("2026-03-01")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("redan kund")));
}
