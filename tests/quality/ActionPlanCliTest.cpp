// The command line of handlingsplaner and the årshjul: JSON on standard
// output, Swedish on standard error, exit 2 for a value that cannot be used
// and 1 for a refusal. Both engines.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

TEST_CASE("handlingsplan and arshjul on the command line", "[actionplan][arshjul][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::TeamFixture team;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            test::TeamSpec spec;
            spec.leadProfession = QStringLiteral("Enhetschef");
            team = test::makeTeam(workspace, spec);
        }
        const QString unit = QString::number(team.unitId);
        QStringList base {
            QStringLiteral("--database"), backend.url.isEmpty() ? backend.spec.path : backend.url};
        if (backend.url.isEmpty())
            base << QStringLiteral("--as") << QString::number(team.leadId);
        auto run = [&](const QStringList &arguments) { return test::runCli(base + arguments); };

        test::CliRun result = run({QStringLiteral("handlingsplan"), QStringLiteral("add"),
            QStringLiteral("--unit"), unit, QStringLiteral("--area"),
            QStringLiteral("Överlämning av ordinationer"), QStringLiteral("--forum"),
            QStringLiteral("kvalitetsmote"), QStringLiteral("--goal"),
            QStringLiteral("Tydliga instruktioner vid varje överlämning")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonObject plan = result.json().object();
        CHECK(plan.value(QStringLiteral("open")).toBool());
        CHECK(plan.value(QStringLiteral("forum")).toString() == QStringLiteral("kvalitetsmote"));
        const QString planId = QString::number(plan.value(QStringLiteral("id")).toInteger());

        const QString soon
            = stockholmDate(QDateTime::currentDateTimeUtc()).addDays(3).toString(Qt::ISODate);
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("action"),
            QStringLiteral("--plan"), planId, QStringLiteral("--what"),
            QStringLiteral("Utbildning för nyanställda"), QStringLiteral("--person"),
            QString::number(team.nurseId), QStringLiteral("--due"), soon});
        REQUIRE(result.exitCode == 0);
        const QJsonArray actions
            = result.json().object().value(QStringLiteral("actions")).toArray();
        REQUIRE(actions.size() == 1);
        CHECK(actions.at(0).toObject().value(QStringLiteral("who")).toString()
            == QStringLiteral("Sara Sjuksköterska"));

        result = run(
            {QStringLiteral("handlingsplan"), QStringLiteral("due"), QStringLiteral("--person"),
                QString::number(team.nurseId), QStringLiteral("--days"), QStringLiteral("7")});
        REQUIRE(result.exitCode == 0);
        const QJsonArray due = result.json().object().value(QStringLiteral("actions")).toArray();
        REQUIRE(due.size() == 1);
        CHECK(due.at(0).toObject().value(QStringLiteral("daysLeft")).toInt() == 3);
        CHECK(due.at(0).toObject().value(QStringLiteral("area")).toString()
            == QStringLiteral("Överlämning av ordinationer"));

        // Values that cannot be used: exit 2, in Swedish.
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("add"),
            QStringLiteral("--unit"), unit, QStringLiteral("--area"), QStringLiteral("X"),
            QStringLiteral("--forum"), QStringLiteral("fikamote")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("Okänt forum")));
        result = run(
            {QStringLiteral("handlingsplan"), QStringLiteral("action"), QStringLiteral("--plan"),
                planId, QStringLiteral("--what"), QStringLiteral("Y"), QStringLiteral("--who"),
                QStringLiteral("MAS"), QStringLiteral("--due"), QStringLiteral("31/12")});
        CHECK(result.exitCode == 2);
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("fly")});
        CHECK(result.exitCode == 2);

        result = run({QStringLiteral("handlingsplan"), QStringLiteral("sign-off"),
            QStringLiteral("--plan"), planId});
        REQUIRE(result.exitCode == 0);
        CHECK_FALSE(result.json().object().value(QStringLiteral("open")).toBool());
        // Refusals: exit 1, nothing changed.
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("action"),
            QStringLiteral("--plan"), planId, QStringLiteral("--what"), QStringLiteral("Mer"),
            QStringLiteral("--who"), QStringLiteral("MAS")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("kan inte ändras")));
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("sign-off"),
            QStringLiteral("--plan"), QStringLiteral("99999")});
        CHECK(result.exitCode == 1);
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("list"),
            QStringLiteral("--unit"), unit, QStringLiteral("--status"), QStringLiteral("open")});
        REQUIRE(result.exitCode == 0);
        CHECK(result.json().array().isEmpty());
        result = run({QStringLiteral("handlingsplan"), QStringLiteral("list"),
            QStringLiteral("--unit"), unit});
        REQUIRE(result.exitCode == 0);
        CHECK(
            result.json().array().at(0).toObject().value(QStringLiteral("actions")).toArray().size()
            == 1);

        // The årshjul.
        result = run({QStringLiteral("arshjul"), QStringLiteral("set"), QStringLiteral("--unit"),
            unit, QStringLiteral("--month"), QStringLiteral("maj"), QStringLiteral("--topic"),
            QStringLiteral("Värmebölja: rutiner"), QStringLiteral("--topic"),
            QStringLiteral("Sommarplanering och introduktion av vikarier")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.json().object().value(QStringLiteral("own")).toBool());
        result = run(
            {QStringLiteral("arshjul"), QStringLiteral("show"), QStringLiteral("--unit"), unit});
        REQUIRE(result.exitCode == 0);
        const QJsonArray months = result.json().object().value(QStringLiteral("months")).toArray();
        REQUIRE(months.size() == 12);
        const QJsonObject may = months.at(4).toObject();
        CHECK(may.value(QStringLiteral("own")).toBool());
        CHECK(may.value(QStringLiteral("topics"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("title"))
            == QStringLiteral("Värmebölja: rutiner"));
        CHECK_FALSE(months.at(3).toObject().value(QStringLiteral("own")).toBool());
        result = run({QStringLiteral("arshjul"), QStringLiteral("set"), QStringLiteral("--unit"),
            unit, QStringLiteral("--month"), QStringLiteral("13"), QStringLiteral("--reset")});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("--month")));
        result = run({QStringLiteral("arshjul"), QStringLiteral("set"), QStringLiteral("--unit"),
            unit, QStringLiteral("--month"), QStringLiteral("5")});
        CHECK(result.exitCode == 2);
        result = run({QStringLiteral("arshjul"), QStringLiteral("set"), QStringLiteral("--unit"),
            QStringLiteral("99999"), QStringLiteral("--month"), QStringLiteral("5"),
            QStringLiteral("--topic"), QStringLiteral("Något")});
        CHECK(result.exitCode == 1);
        result = run({QStringLiteral("arshjul"), QStringLiteral("set"), QStringLiteral("--unit"),
            unit, QStringLiteral("--month"), QStringLiteral("5"), QStringLiteral("--reset")});
        REQUIRE(result.exitCode == 0);
        CHECK_FALSE(result.json().object().value(QStringLiteral("own")).toBool());
    }
}
