// Leavers and movers under row-level security: the enhetschef, with her own
// login, ends a nurse's employment, hands over what she holds and ends a
// client's insats; she hands over only what her care relation shows her,
// and the leaver's login sees nothing from her end date.

#include "access/CareRelationFixture.h"
#include "support/CliRun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
CliRun as(const QString &url, QStringList arguments)
{
    return runCli(QStringList {QStringLiteral("--database"), url} + arguments);
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QString stockholmToday()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone("Europe/Stockholm"))
        .date()
        .toString(Qt::ISODate);
}
} // namespace

TEST_CASE("the enhetschef ends a nurse's employment and hands over what her relation shows, "
          "with her own login",
    "[access][postgres][leavers][movers]")
{
    if (!postgresConfigured())
        return; // row-level security exists on PostgreSQL only
    CareRelationFixture fixture;
    const QString chair = fixture.urlAs(Who::Chair);
    const QString nurse = QString::number(fixture.personId(Who::NurseA));
    const QString contact = QString::number(fixture.personId(Who::Contact));

    // Before her end date nurse A sees her unit's clients.
    CHECK(
        count(fixture.connectAs(Who::NurseA), QStringLiteral("SELECT count(*) FROM client")) == 2);
    const CliRun ended = as(chair,
        {QStringLiteral("end-employment"), QStringLiteral("--person"), nurse,
            QStringLiteral("--date"), stockholmToday()});
    INFO(ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    // Nurse of a1 and a2, SIP needs of a1 and a2: unit B's SIP need is not
    // the chair's to see, nor to hand over.
    CHECK(ended.json().object().value(QStringLiteral("toHandOver")).toArray().size() == 4);
    // From her end date her login sees nothing.
    CHECK(
        count(fixture.connectAs(Who::NurseA), QStringLiteral("SELECT count(*) FROM client")) == 0);

    const CliRun handed = as(chair,
        {QStringLiteral("handover"), QStringLiteral("--from"), nurse, QStringLiteral("--to"),
            contact});
    INFO(handed.err.toStdString());
    REQUIRE(handed.exitCode == 0);
    CHECK(handed.json().object().value(QStringLiteral("handedOver")).toArray().size() == 4);

    QSqlDatabase owner = fixture.owner();
    CHECK(
        count(owner, QStringLiteral("SELECT count(*) FROM client WHERE nurse_id = %1").arg(contact))
        == 2);
    CHECK(count(owner,
              QStringLiteral("SELECT count(*) FROM sip_need WHERE responsible_id = %1 "
                             "AND client_id = %2")
                  .arg(nurse)
                  .arg(CareRelationFixture::kClientB1))
        == 1);
    // Recorded, with the chair as the one who handed over (the fixture's
    // own handover rows are dated 'x').
    CHECK(count(owner,
              QStringLiteral("SELECT count(*) FROM handover WHERE handed_by = %1 AND "
                             "from_person_id = %2 AND to_person_id = %3 AND handed_at <> 'x'")
                  .arg(fixture.personId(Who::Chair))
                  .arg(nurse, contact))
        == 4);

    // The chair ends a client's insats of her unit, not one of unit B.
    const CliRun moved = as(chair,
        {QStringLiteral("end-insats"), QStringLiteral("--client"),
            QString::number(CareRelationFixture::kClientA2), QStringLiteral("--date"),
            QStringLiteral("2027-01-01"), QStringLiteral("--reason"), QStringLiteral("flyttat")});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);
    CHECK(moved.json().object().value(QStringLiteral("openActions")).toArray().size() == 1);
    const CliRun other = as(chair,
        {QStringLiteral("end-insats"), QStringLiteral("--client"),
            QString::number(CareRelationFixture::kClientB1), QStringLiteral("--date"),
            QStringLiteral("2027-01-01"), QStringLiteral("--reason"), QStringLiteral("flyttat")});
    CHECK(other.exitCode == 1);
    CHECK(
        count(owner, QStringLiteral("SELECT count(*) FROM client WHERE insats_ends_on IS NOT NULL"))
        == 1);
}
