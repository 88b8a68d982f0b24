// The grant-login contract of the command line, as municipal IT uses it,
// and what a person then sees with their own login.

#include "access/CareRelationFixture.h"
#include "services/ActionList.h"
#include "support/CliRun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::test;
using Who = CareRelationFixture::Who;

namespace {
CliRun as(const QString &url, QStringList arguments)
{
    return runCli(QStringList {QStringLiteral("--database"), url} + arguments);
}
} // namespace

TEST_CASE("grant-login ties a new login to a person, who then sees only their own unit's "
          "clients; revoke-login shuts them out",
    "[access][postgres][cli]")
{
    if (!postgresConfigured())
        return; // logins exist on PostgreSQL only
    CareRelationFixture fixture;
    const QString owner = fixture.backend().url;

    const CliRun added = as(owner,
        {QStringLiteral("add-person"), QStringLiteral("--name"), QStringLiteral("Eva Ny"),
            QStringLiteral("--role"), QStringLiteral("Undersköterska")});
    REQUIRE(added.exitCode == 0);
    const qint64 eva = added.json().object().value(QStringLiteral("id")).toInteger();
    REQUIRE(eva > 0);
    const QString login
        = fixture.login(Who::Nobody).replace(QStringLiteral("nobody"), QStringLiteral("eva"));

    const CliRun granted = as(owner,
        {QStringLiteral("grant-login"), QStringLiteral("--person"), QString::number(eva),
            QStringLiteral("--login"), login});
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    CHECK(granted.json().object().value(QStringLiteral("login")).toString() == login);
    CHECK_FALSE(granted.json().object().value(QStringLiteral("administrator")).toBool());

    QString evaUrl = fixture.urlAs(Who::Nobody);
    evaUrl.replace(fixture.login(Who::Nobody), login);
    const CliRun units = as(evaUrl, {QStringLiteral("units")});
    INFO(units.err.toStdString());
    CHECK(units.exitCode == 0);
    CHECK(units.json().array().size() == 2);

    // Only an administrator unties her again.
    const CliRun byNurse = as(fixture.urlAs(Who::NurseA),
        {QStringLiteral("revoke-login"), QStringLiteral("--person"), QString::number(eva)});
    CHECK(byNurse.exitCode == 1);
    CHECK(byNurse.err.contains(QStringLiteral("Bara en administratör")));

    const CliRun revoked = as(fixture.urlAs(Who::Admin),
        {QStringLiteral("revoke-login"), QStringLiteral("--person"), QString::number(eva)});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.json().object().value(QStringLiteral("revoked")).toString() == login);

    const CliRun shutOut = as(evaUrl, {QStringLiteral("units")});
    CHECK(shutOut.exitCode == 1);
    CHECK(shutOut.err.contains(QStringLiteral("inte kopplad till någon person")));
    CHECK(shutOut.out.isEmpty());
}

TEST_CASE("A person of unit A sees nothing of unit B's clients through search, minutes or the "
          "access log",
    "[access][postgres][cli]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    const QString nurseA = fixture.urlAs(Who::NurseA);

    const CliRun search = as(nurseA, {QStringLiteral("search"), QStringLiteral("Anteckning")});
    INFO(search.err.toStdString());
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = search.json().array();
    CHECK(hits.size() == 3); // the general item and a1's and a2's notes of meeting A
    for (const auto &hit : hits)
        CHECK(hit.toObject().value(QStringLiteral("unitId")).toInteger()
            == CareRelationFixture::kUnitA);

    const CliRun minutes = as(nurseA,
        {QStringLiteral("minutes"), QStringLiteral("--meeting"),
            QString::number(CareRelationFixture::kMeetingB)});
    INFO(minutes.err.toStdString());
    CHECK_FALSE(minutes.out.contains("B1"));
    CHECK_FALSE(minutes.out.contains("19400303-9874"));
    CHECK_FALSE(minutes.out.contains("Allmänt B"));
    // Unit A's own minutes are all there.
    const CliRun own = as(nurseA,
        {QStringLiteral("minutes"), QStringLiteral("--meeting"),
            QString::number(CareRelationFixture::kMeetingA)});
    REQUIRE(own.exitCode == 0);
    CHECK(own.out.contains("Anteckning Kund A1"));
    CHECK(own.out.contains("Anteckning Allmänt A"));

    const CliRun byPerson = as(nurseA,
        {QStringLiteral("access-log"), QStringLiteral("--person"),
            QString::number(fixture.personId(Who::NurseB))});
    INFO(byPerson.err.toStdString());
    REQUIRE(byPerson.exitCode == 0);
    CHECK(byPerson.json().object().value(QStringLiteral("matching")).toInteger() == 0);
    CHECK(byPerson.json().object().value(QStringLiteral("entries")).toArray().isEmpty());

    // A's own client's log is there; B's client is not found by
    // personnummer, as if it did not exist.
    const CliRun ownClient = as(nurseA,
        {QStringLiteral("access-log"), QStringLiteral("--client"), QStringLiteral("194001019878")});
    INFO(ownClient.err.toStdString());
    REQUIRE(ownClient.exitCode == 0);
    CHECK(ownClient.json().object().value(QStringLiteral("matching")).toInteger() >= 1);
    const CliRun byClient = as(nurseA,
        {QStringLiteral("access-log"), QStringLiteral("--client"), QStringLiteral("194003039874")});
    CHECK(byClient.exitCode == 1);
    CHECK(byClient.err.contains(QStringLiteral("Ingen kund har personnummer")));
    CHECK_FALSE(byClient.out.contains("B1"));
}

TEST_CASE("grant-login refuses in Swedish what it must not do", "[access][postgres][cli]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    const QString admin = fixture.urlAs(Who::Admin);
    const QString contact = QString::number(fixture.personId(Who::Contact));

    const CliRun byNurse = as(fixture.urlAs(Who::NurseA),
        {QStringLiteral("grant-login"), QStringLiteral("--person"), contact,
            QStringLiteral("--login"), QStringLiteral("somebody_else")});
    CHECK(byNurse.exitCode == 1);
    CHECK(byNurse.err.contains(QStringLiteral("Bara en administratör")));

    const CliRun badName = as(admin,
        {QStringLiteral("grant-login"), QStringLiteral("--person"), contact,
            QStringLiteral("--login"), QStringLiteral("Kim Kontakt")});
    CHECK(badName.exitCode == 1);
    CHECK(badName.err.contains(QStringLiteral("kan inte vara en inloggning")));

    // The superuser the tests run as is never tied to a person.
    const CliRun superuser = as(admin,
        {QStringLiteral("grant-login"), QStringLiteral("--person"), contact,
            QStringLiteral("--login"), fixture.backend().spec.user});
    CHECK(superuser.exitCode == 1);
    CHECK(superuser.err.contains(QStringLiteral("större rättigheter")));

    const CliRun taken = as(admin,
        {QStringLiteral("grant-login"), QStringLiteral("--person"), contact,
            QStringLiteral("--login"), fixture.login(Who::NurseA)});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("redan kopplad till en annan person")));

    const CliRun unknown = as(admin,
        {QStringLiteral("grant-login"), QStringLiteral("--person"), QStringLiteral("999"),
            QStringLiteral("--login"), QStringLiteral("no_such_person_login")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("ingen person med id 999")));
}

TEST_CASE("grant-login says that a SQLite file has no logins", "[access][cli]")
{
    const TestBackend sqlite = sqliteBackend();
    const CliRun run = runCli({QStringLiteral("--database"), sqlite.spec.path,
        QStringLiteral("grant-login"), QStringLiteral("--person"), QStringLiteral("1"),
        QStringLiteral("--login"), QStringLiteral("karin")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("bara i en delad PostgreSQL-databas")));
}

TEST_CASE("Someone outside a unit's team sees its planned meetings without planning them",
    "[access][postgres][cli]")
{
    if (!postgresConfigured())
        return;
    CareRelationFixture fixture;
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    const QStringList look {QStringLiteral("meetings"), QStringLiteral("--unit"),
        QString::number(CareRelationFixture::kUnitA), QStringLiteral("--from"),
        today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
        today.addDays(60).toString(Qt::ISODate)};

    const CliRun outsider = as(fixture.urlAs(Who::NurseB), look);
    INFO(outsider.err.toStdString());
    REQUIRE(outsider.exitCode == 0);
    const auto before = outsider.json().array().size();
    CHECK(before == 1); // meeting A, the only one planned so far

    // The chair's look plans the weeks of A's series; then everyone sees them.
    const CliRun chair = as(fixture.urlAs(Who::Chair), look);
    INFO(chair.err.toStdString());
    REQUIRE(chair.exitCode == 0);
    CHECK(chair.json().array().size() > before);
    const CliRun again = as(fixture.urlAs(Who::NurseB), look);
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().array().size() == chair.json().array().size());
}
