// Egenkontroller: the plan's periods and states, recording a result, what is
// due, the half-year's summary and the command line, on both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/quality/SelfInspection.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/quality/SelfInspections.h"
#include "storage/UnitRepository.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

namespace {
const SelfInspection &planned(const QString &key)
{
    for (const SelfInspection &inspection : SelfInspections::plan()) {
        if (inspection.key == key)
            return inspection;
    }
    FAIL("no inspection " << key.toStdString());
    return SelfInspections::plan().first();
}

InspectionResult doneFor(const QString &key, const QDate &periodStart)
{
    InspectionResult result;
    result.key = key;
    result.periodStart = periodStart;
    result.performedOn = periodStart.addDays(3);
    return result;
}
} // namespace

TEST_CASE("an egenkontroll is due each month, quarter, half-year or year", "[selfinspection]")
{
    const QDate day(2025, 8, 14);
    CHECK(inspectionPeriod(12, day) == InspectionPeriod {QDate(2025, 8, 1), QDate(2025, 8, 31)});
    CHECK(inspectionPeriod(4, day) == InspectionPeriod {QDate(2025, 7, 1), QDate(2025, 9, 30)});
    CHECK(inspectionPeriod(2, day) == InspectionPeriod {QDate(2025, 7, 1), QDate(2025, 12, 31)});
    CHECK(inspectionPeriod(1, day) == InspectionPeriod {QDate(2025, 1, 1), QDate(2025, 12, 31)});
    CHECK(inspectionPeriodName(12, inspectionPeriod(12, day)) == QStringLiteral("augusti 2025"));
    CHECK(inspectionPeriodName(4, inspectionPeriod(4, day)) == QStringLiteral("kvartal 3 2025"));
    CHECK(inspectionPeriodName(2, inspectionPeriod(2, QDate(2025, 2, 1)))
        == QStringLiteral("första halvåret 2025"));

    const SelfInspection &narcotics = planned(QStringLiteral("narkotika"));
    CHECK(narcotics.timesPerYear == 12);
    const QDate since(2025, 1, 1);
    // Nothing recorded for July: overdue in August until July's is in; done
    // once August's is.
    InspectionStatus status = inspectionStatus(narcotics, {}, day, since);
    CHECK(status.state == InspectionState::Overdue);
    REQUIRE(status.missed);
    CHECK(status.missed->first == QDate(2025, 7, 1));
    status = inspectionStatus(narcotics, {doneFor(narcotics.key, QDate(2025, 7, 1))}, day, since);
    CHECK(status.state == InspectionState::Due);
    CHECK(status.lastDone == QDate(2025, 7, 4));
    status = inspectionStatus(narcotics,
        {doneFor(narcotics.key, QDate(2025, 7, 1)), doneFor(narcotics.key, QDate(2025, 8, 1))}, day,
        since);
    CHECK(status.state == InspectionState::Done);
    // Before anything was recorded in the organisation nothing is overdue.
    CHECK(inspectionStatus(narcotics, {}, day, {}).state == InspectionState::Due);
    CHECK(inspectionStatus(narcotics, {}, day, QDate(2025, 8, 1)).state == InspectionState::Due);
    // A result of another inspection does not count.
    CHECK(inspectionStatus(
              narcotics, {doneFor(QStringLiteral("fall"), QDate(2025, 8, 1))}, day, since)
              .state
        == InspectionState::Overdue);

    // The plan says where each applies.
    CHECK(narcotics.appliesTo(ServiceType::DagligVerksamhet));
    CHECK(planned(QStringLiteral("nattfasta")).appliesTo(ServiceType::Sabo));
    CHECK_FALSE(planned(QStringLiteral("nattfasta")).appliesTo(ServiceType::Gruppbostad));

    QString error;
    CHECK(selfInspectionPlanFromJson(
        R"({"inspections":[{"key":"x","name":"X","timesPerYear":3}]})", &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("12 gånger")));
}

TEST_CASE("a unit records its egenkontroller and sees what is due", "[selfinspection]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace, {});
        workspace.setActorId(team.leadId);
        SelfInspections inspections(workspace);

        // Refused: unknown, not for this verksamhet, in the future, no finding.
        const QDate today = tf::stockholmDate(QDateTime::currentDateTimeUtc());
        CHECK_THROWS_AS(inspections.record(team.unitId, QStringLiteral("okand"), today,
                            QStringLiteral("Inget"), {}),
            StorageError);
        Unit group;
        group.name = QStringLiteral("Gruppbostad Linden");
        group.serviceType = ServiceType::Gruppbostad;
        const qint64 groupId = workspace.units().create(group, team.leadId);
        CHECK_THROWS_WITH(inspections.record(groupId, QStringLiteral("nattfasta"), today,
                              QStringLiteral("Inget"), {}),
            Catch::Contains("görs inte i gruppbostad"));
        CHECK_THROWS_AS(inspections.record(team.unitId, QStringLiteral("narkotika"),
                            today.addDays(1), QStringLiteral("Inget"), {}),
            StorageError);
        CHECK_THROWS_WITH(inspections.record(team.unitId, QStringLiteral("narkotika"), today,
                              QStringLiteral("  "), {}),
            Catch::Contains("visade"));

        // Last month's narcotics check recorded; this month's not yet.
        const QDate lastMonth = today.addMonths(-1);
        REQUIRE(inspections.record(team.unitId, QStringLiteral("narkotika"), lastMonth,
                    QStringLiteral("Saldot stämde."), QStringLiteral("Inget att åtgärda."))
            > 0);
        const auto stateOf = [&](const QString &key) {
            for (const auto &line : inspections.status(team.unitId, today)) {
                if (line.inspection.key == key)
                    return line.status.state;
            }
            FAIL("no status for " << key.toStdString());
            return InspectionState::Done;
        };
        CHECK(stateOf(QStringLiteral("narkotika")) == InspectionState::Due);
        // The fall check of last month was never done: overdue.
        CHECK(stateOf(QStringLiteral("fall")) == InspectionState::Overdue);
        inspections.record(team.unitId, QStringLiteral("narkotika"), today,
            QStringLiteral("En ampull saknades; utreds."), QStringLiteral("Avvikelse skriven."));
        CHECK(stateOf(QStringLiteral("narkotika")) == InspectionState::Done);

        // The half-year: six monthly periods, one of them done in a year
        // whose January had it.
        const int year = today.year() - 1;
        inspections.record(team.unitId, QStringLiteral("narkotika"), QDate(year, 1, 20),
            QStringLiteral("Saldot stämde."), {});
        inspections.record(team.unitId, QStringLiteral("delegeringar"), QDate(year, 3, 2),
            QStringLiteral("Alla delegeringar aktuella."), {});
        bool narcotics = false;
        bool delegations = false;
        for (const auto &line : inspections.halfYear(year, 1, team.unitId)) {
            if (line.inspection.key == QLatin1String("narkotika")) {
                narcotics = true;
                CHECK(line.periods == 6);
                CHECK(line.done == 1);
                REQUIRE(line.results.size() == 1);
                CHECK(line.results.first().finding == QStringLiteral("Saldot stämde."));
                CHECK(line.results.first().recordedById == team.leadId);
            }
            if (line.inspection.key == QLatin1String("delegeringar")) {
                delegations = true;
                CHECK(line.periods == 0); // yearly: its period ends in the second half
            }
        }
        CHECK(narcotics);
        CHECK(delegations);
        for (const auto &line : inspections.halfYear(year, 2, team.unitId)) {
            if (line.inspection.key == QLatin1String("delegeringar")) {
                CHECK(line.periods == 1);
                CHECK(line.done == 1);
            }
        }
    }
}

TEST_CASE(
    "cli egenkontroll records, shows what is due and sums up a half-year", "[selfinspection][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    qint64 unitId = 0;
    qint64 leadId = 0;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace, {});
        unitId = team.unitId;
        leadId = team.leadId;
    }
    const QStringList base {QStringLiteral("--database"), backend.spec.path, QStringLiteral("--as"),
        QString::number(leadId), QStringLiteral("egenkontroll")};
    const QString unit = QString::number(unitId);
    const QString today = tf::stockholmDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);

    const test::CliRun recorded = test::runCli(base
        + QStringList {QStringLiteral("record"), QStringLiteral("--unit"), unit,
            QStringLiteral("--check"), QStringLiteral("ovriga_lakemedel"), QStringLiteral("--date"),
            today, QStringLiteral("--finding"), QStringLiteral("Signeringslistorna kompletta.")});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    CHECK(recorded.json().object().value(QStringLiteral("id")).toInteger() > 0);

    const test::CliRun status = test::runCli(
        base + QStringList {QStringLiteral("status"), QStringLiteral("--unit"), unit});
    REQUIRE(status.exitCode == 0);
    bool found = false;
    for (const QJsonValue &value :
        status.json().object().value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("check")).toString() != QLatin1String("ovriga_lakemedel"))
            continue;
        found = true;
        CHECK(check.value(QStringLiteral("state")).toString() == QStringLiteral("done"));
        CHECK(check.value(QStringLiteral("lastDone")).toString() == today);
    }
    CHECK(found);

    const test::CliRun plan
        = test::runCli(base + QStringList {QStringLiteral("plan"), QStringLiteral("--unit"), unit});
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.json().array().size() == 11); // a SÄBO unit does every one of the plan

    const test::CliRun badHalf = test::runCli(base
        + QStringList {QStringLiteral("summary"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--half"), QStringLiteral("3")});
    CHECK(badHalf.exitCode == 2);
    CHECK(badHalf.err.contains(QStringLiteral("--half")));
    const test::CliRun noFinding = test::runCli(base
        + QStringList {QStringLiteral("record"), QStringLiteral("--unit"), unit,
            QStringLiteral("--check"), QStringLiteral("fall"), QStringLiteral("--date"), today});
    CHECK(noFinding.exitCode == 2);
    const test::CliRun unknown = test::runCli(base
        + QStringList {QStringLiteral("record"), QStringLiteral("--unit"), unit,
            QStringLiteral("--check"), QStringLiteral("okand"), QStringLiteral("--date"), today,
            QStringLiteral("--finding"), QStringLiteral("x")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("okand")));
}
