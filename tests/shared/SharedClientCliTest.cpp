// teamforum-cli client and samordning: registering a personnummer a second
// unit already serves attaches the record, a unit's part ends on a day, and
// a samordningsmöte's coordinated units decide the clients it may take up.
// JSON out, Swedish refusals; both engines.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/UnitRepository.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

TEST_CASE("client and samordning on the command line", "[shared][cli][samordning]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        qint64 boendestod = 0, area = 0, meeting = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            test::TeamSpec spec;
            spec.serviceType = ServiceType::OrdinartBoende;
            team = test::makeTeam(workspace, spec);
            Unit unit;
            unit.name = QStringLiteral("Boendestöd Norr");
            unit.serviceType = ServiceType::Boendestod;
            boendestod = workspace.units().create(unit, team.leadId);
            unit.name = QStringLiteral("Område Norr");
            unit.serviceType = ServiceType::Samordning;
            area = workspace.units().create(unit, team.leadId);
            meeting = test::makeForumMeeting(
                workspace, area, "samordningsmote", QDate(2026, 5, 6), team.leadId);
        }
        const QString database = backend.url.isEmpty() ? backend.spec.path : backend.url;
        const auto cli = [&](QStringList arguments) {
            return test::runCli(QStringList {QStringLiteral("--database"), database} + arguments);
        };
        const QString client = QString::number(team.clientId);
        const QString unit = QString::number(boendestod);

        test::CliRun run = cli({QStringLiteral("client"), QStringLiteral("register"),
            QStringLiteral("--unit"), unit, QStringLiteral("--personnummer"),
            QStringLiteral("191212121212"), QStringLiteral("--name"), QStringLiteral("Greta"),
            QStringLiteral("--from"), QStringLiteral("2026-04-01")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QJsonObject json = run.json().object();
        CHECK(json.value(QStringLiteral("attached")).toBool());
        CHECK(json.value(QStringLiteral("id")).toInteger() == team.clientId);
        CHECK(json.value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("Inget nytt")));
        QJsonArray units = json.value(QStringLiteral("units")).toArray();
        REQUIRE(units.size() == 2);
        CHECK(units.at(1).toObject().value(QStringLiteral("from")).toString()
            == QStringLiteral("2026-04-01"));
        CHECK(units.at(0).toObject().value(QStringLiteral("from")).isNull());

        // Registered again: refused in Swedish, exit 1.
        run = cli({QStringLiteral("client"), QStringLiteral("register"), QStringLiteral("--unit"),
            unit, QStringLiteral("--personnummer"), QStringLiteral("19121212-1212"),
            QStringLiteral("--name"), QStringLiteral("Greta"), QStringLiteral("--from"),
            QStringLiteral("2026-04-02")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("redan kund i Boendestöd Norr")));
        // A bad personnummer is refused before anything is opened: exit 2.
        run = cli({QStringLiteral("client"), QStringLiteral("register"), QStringLiteral("--unit"),
            unit, QStringLiteral("--personnummer"), QStringLiteral("19121212-1213"),
            QStringLiteral("--name"), QStringLiteral("Greta")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--personnummer")));

        // The boendestöd lists her; after its end date it does not.
        run = cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--unit"), unit,
            QStringLiteral("--date"), QStringLiteral("2026-05-01")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("clients")).toArray().size() == 1);
        run = cli({QStringLiteral("client"), QStringLiteral("unserve"), QStringLiteral("--client"),
            client, QStringLiteral("--unit"), unit, QStringLiteral("--date"),
            QStringLiteral("2026-06-01")});
        REQUIRE(run.exitCode == 0);
        run = cli({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--unit"), unit,
            QStringLiteral("--date"), QStringLiteral("2026-06-01")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("clients")).toArray().isEmpty());
        run = cli({QStringLiteral("client"), QStringLiteral("unserve"), QStringLiteral("--client"),
            client, QStringLiteral("--unit"), unit, QStringLiteral("--date"),
            QStringLiteral("2026-07-01")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("ger inte kunden insatser")));

        // The area's samordningsmöte coordinates home care and the boendestöd.
        run = cli(
            {QStringLiteral("samordning"), QStringLiteral("clients"), QStringLiteral("--meeting"),
                QString::number(meeting), QStringLiteral("--date"), QStringLiteral("2026-05-06")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("clients")).toArray().isEmpty());
        run = cli({QStringLiteral("samordning"), QStringLiteral("units"), QStringLiteral("--unit"),
            QString::number(area), QStringLiteral("--coordinates"),
            QStringLiteral("%1,%2").arg(team.unitId).arg(boendestod)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("coordinates")).toArray().size() == 2);
        run = cli(
            {QStringLiteral("samordning"), QStringLiteral("clients"), QStringLiteral("--meeting"),
                QString::number(meeting), QStringLiteral("--date"), QStringLiteral("2026-05-06")});
        REQUIRE(run.exitCode == 0);
        const QJsonArray offered = run.json().object().value(QStringLiteral("clients")).toArray();
        REQUIRE(offered.size() == 1); // Greta once, though two units serve her
        CHECK(offered.first().toObject().value(QStringLiteral("id")).toInteger() == team.clientId);
        run = cli({QStringLiteral("samordning"), QStringLiteral("units"), QStringLiteral("--unit"),
            QString::number(area), QStringLiteral("--coordinates"), QStringLiteral("3,x")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("inget enhets-id")));
    }
}
