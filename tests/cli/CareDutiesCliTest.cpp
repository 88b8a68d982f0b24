// teamforum-cli care-plan and journal: the genomförandeplan's due steps as
// JSON, recording a step, the unit's interval; the journal reminders and
// marking one documented, refused for anyone but the person named.
#include <catch2/catch.hpp>

#include "domain/Action.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

TEST_CASE("care-plan lists the due steps and records one", "[careplan][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
        test::TeamFixture team;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            test::TeamSpec spec;
            spec.leadIsContactPerson = true;
            team = test::makeTeam(workspace, spec);
            workspace.risks().setMovedInOn(team.clientId, today.addDays(-31), team.leadId);
        }
        const QString database = backend.url.isEmpty() ? backend.spec.path : backend.url;
        const auto cli = [&](QStringList arguments) {
            return test::runCli(QStringList {QStringLiteral("--database"), database} + arguments);
        };
        const QString unit = QString::number(team.unitId);
        test::CliRun run = cli({QStringLiteral("care-plan"), QStringLiteral("status"),
            QStringLiteral("--unit"), unit});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QJsonArray clients = run.json().object().value(QStringLiteral("clients")).toArray();
        REQUIRE(clients.size() == 1);
        QJsonObject row = clients.first().toObject();
        CHECK(row.value(QStringLiteral("state")).toString() == QStringLiteral("overdue"));
        CHECK(row.value(QStringLiteral("next")).toString() == QStringLiteral("planeringssamtal"));
        CHECK(row.value(QStringLiteral("nextDueOn")).toString()
            == today.addDays(-1).toString(Qt::ISODate));

        // Bad values are refused with exit code 2 and a Swedish message.
        run = cli({QStringLiteral("care-plan"), QStringLiteral("record"),
            QStringLiteral("--client"), QString::number(team.clientId), QStringLiteral("--kind"),
            QStringLiteral("plan"), QStringLiteral("--date"), today.toString(Qt::ISODate)});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("planeringssamtal")));
        // A rule's refusal exits 1.
        run = cli({QStringLiteral("care-plan"), QStringLiteral("record"),
            QStringLiteral("--client"), QString::number(team.clientId), QStringLiteral("--kind"),
            QStringLiteral("uppfoljning"), QStringLiteral("--date"), today.toString(Qt::ISODate)});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("genomförandeplan")));

        run = cli({QStringLiteral("care-plan"), QStringLiteral("record"),
            QStringLiteral("--client"), QString::number(team.clientId), QStringLiteral("--kind"),
            QStringLiteral("planeringssamtal"), QStringLiteral("--date"),
            today.toString(Qt::ISODate)});
        REQUIRE(run.exitCode == 0);
        run = cli({QStringLiteral("care-plan"), QStringLiteral("setting"), QStringLiteral("--unit"),
            unit, QStringLiteral("--months"), QStringLiteral("3")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("followUpMonths")).toInt() == 3);
        run = cli({QStringLiteral("care-plan"), QStringLiteral("status"),
            QStringLiteral("--person"), QString::number(team.leadId)});
        REQUIRE(run.exitCode == 0);
        row = run.json().object().value(QStringLiteral("clients")).toArray().first().toObject();
        CHECK(row.value(QStringLiteral("next")).toString() == QStringLiteral("genomforandeplan"));
        CHECK(row.value(QStringLiteral("nextDueOn")).toString()
            == today.addDays(14).toString(Qt::ISODate));
        CHECK(row.value(QStringLiteral("state")).toString() == QStringLiteral("due"));
        CHECK(row.value(QStringLiteral("followUpMonths")).toInt() == 3);
    }
}

TEST_CASE("journal lists X's entries and only X marks one documented", "[journal][cli]")
{
    const auto backend = test::sqliteBackend();
    test::TeamFixture team;
    qint64 actionId = 0;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        team = test::makeTeam(workspace);
        Action action;
        action.meetingId = test::makeForumMeeting(workspace, team.unitId, "teammote",
            stockholmDate(QDateTime::currentDateTimeUtc()), team.leadId);
        action.clientId = team.clientId;
        action.what = QStringLiteral("Ny rutin för kvällsmedicin");
        action.responsibleId = team.leadId;
        action.journalEntryNeeded = true;
        action.journalById = team.nurseId;
        actionId = workspace.actions().create(action, team.leadId);
    }
    const auto cli = [&](QStringList arguments) {
        return test::runCli(
            QStringList {QStringLiteral("--database"), backend.spec.path} + arguments);
    };
    const QString nurse = QString::number(team.nurseId);
    test::CliRun run = cli(
        {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--person"), nurse});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonArray rows = run.json().object().value(QStringLiteral("toDocument")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("action")).toInteger() == actionId);

    const QStringList mark
        = {QStringLiteral("journal"), QStringLiteral("documented"), QStringLiteral("--action"),
            QString::number(actionId), QStringLiteral("--record"), QStringLiteral("hsl")};
    run = cli(QStringList {QStringLiteral("--as"), QString::number(team.leadId)} + mark);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Sara Sjuksköterska")));
    run = cli(QStringList {QStringLiteral("--as"), nurse} + mark);
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("record")).toString() == QStringLiteral("hsl"));
    CHECK(run.json().object().value(QStringLiteral("documentedBy")).toInteger() == team.nurseId);
    run = cli({QStringLiteral("--as"), nurse, QStringLiteral("journal"), QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("toDocument")).toArray().isEmpty());
}
