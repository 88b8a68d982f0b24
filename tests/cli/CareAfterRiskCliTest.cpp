// teamforum-cli risk plan, consents, risk individuals and risk
// hospital-stay: the vårdplan after a risk found, the consent list and the
// riskindivider for a samordningsmöte as JSON, with Swedish refusals.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/CliRun.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

namespace {
RiskAssessment downton(qint64 clientId, bool falls)
{
    RiskAssessment a;
    a.clientId = clientId;
    a.instrument = QStringLiteral("downton");
    a.assessedUtc = QDateTime::currentDateTimeUtc();
    a.answers = QJsonObject {{QStringLiteral("previousFalls"), falls},
        {QStringLiteral("medications"),
            QJsonArray {QStringLiteral("sedatives"), QStringLiteral("diuretics")}},
        {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
        {QStringLiteral("gait"), QStringLiteral("normal")}};
    return a;
}
} // namespace

TEST_CASE("cli: the vårdplan, the consent list and the riskindivider", "[risk][consent][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
        test::TeamFixture team;
        qint64 risk = 0, noRisk = 0, meeting = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            team = test::makeTeam(workspace);
            noRisk = workspace.risks().add(downton(team.clientId, false), team.nurseId);
            risk = workspace.risks().add(downton(team.clientId, true), team.nurseId);
            Consent consent;
            consent.clientId = team.clientId;
            consent.scope = ConsentScope::OtherCareProviders;
            consent.decidedOn = today.addYears(-1).addDays(20); // ends in 19 days
            workspace.consents().add(consent, team.leadId);
            meeting = test::makeForumMeeting(
                workspace, team.unitId, "samordningsmote", today.addDays(7), team.leadId);
        }
        const QString database = backend.url.isEmpty() ? backend.spec.path : backend.url;
        const auto cli = [&](QStringList arguments) {
            return test::runCli(QStringList {QStringLiteral("--database"), database} + arguments);
        };
        const QString follow = today.addDays(30).toString(Qt::ISODate);
        const QString nurse = QString::number(team.nurseId);

        // A bad date is refused with 2; an assessment without risk with 1.
        test::CliRun run = cli({QStringLiteral("risk"), QStringLiteral("plan"),
            QStringLiteral("add"), QStringLiteral("--assessment"), QString::number(risk),
            QStringLiteral("--what"), QStringLiteral("Höftskydd"), QStringLiteral("--person"),
            nurse, QStringLiteral("--follow-up"), QStringLiteral("i morgon")});
        CHECK(run.exitCode == 2);
        run = cli({QStringLiteral("risk"), QStringLiteral("plan"), QStringLiteral("add"),
            QStringLiteral("--assessment"), QString::number(noRisk), QStringLiteral("--what"),
            QStringLiteral("Höftskydd"), QStringLiteral("--person"), nurse,
            QStringLiteral("--follow-up"), follow});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("ingen risk")));

        run = cli({QStringLiteral("risk"), QStringLiteral("plan"), QStringLiteral("list"),
            QStringLiteral("--client"), QString::number(team.clientId)});
        REQUIRE(run.exitCode == 0);
        QJsonArray assessments = run.json().object().value(QStringLiteral("assessments")).toArray();
        REQUIRE(assessments.size() == 2);
        CHECK(assessments.at(0).toObject().value(QStringLiteral("plan")).toString()
            == QStringLiteral("missing"));
        CHECK(assessments.at(0).toObject().value(QStringLiteral("planLabel")).toString()
            == QStringLiteral("Vårdplan saknas"));

        run = cli({QStringLiteral("risk"), QStringLiteral("plan"), QStringLiteral("add"),
            QStringLiteral("--assessment"), QString::number(risk), QStringLiteral("--what"),
            QStringLiteral("Höftskydd"), QStringLiteral("--person"), nurse,
            QStringLiteral("--follow-up"), follow});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const qint64 measure = run.json().object().value(QStringLiteral("id")).toInteger();
        CHECK(run.json().object().value(QStringLiteral("followUpOn")).toString() == follow);
        run = cli({QStringLiteral("risk"), QStringLiteral("plan"), QStringLiteral("follow-up"),
            QStringLiteral("--measure"), QString::number(measure), QStringLiteral("--date"),
            today.toString(Qt::ISODate), QStringLiteral("--text"), QStringLiteral("Inga fall")});
        REQUIRE(run.exitCode == 0);
        run = cli({QStringLiteral("risk"), QStringLiteral("plan"), QStringLiteral("list"),
            QStringLiteral("--client"), QString::number(team.clientId)});
        assessments = run.json().object().value(QStringLiteral("assessments")).toArray();
        CHECK(assessments.at(0).toObject().value(QStringLiteral("plan")).toString()
            == QStringLiteral("followed_up"));

        // The consent that ends in 19 days is listed.
        run = cli(
            {QStringLiteral("consents"), QStringLiteral("--unit"), QString::number(team.unitId)});
        REQUIRE(run.exitCode == 0);
        const QJsonArray expiring = run.json().object().value(QStringLiteral("expiring")).toArray();
        REQUIRE(expiring.size() == 1);
        CHECK(expiring.first().toObject().value(QStringLiteral("daysLeft")).toInt() == 19);
        CHECK(run.json().object().value(QStringLiteral("withoutConsent")).toArray().isEmpty());

        // The client at risk is proposed for the samordningsmöte and added.
        run = cli({QStringLiteral("risk"), QStringLiteral("individuals"),
            QStringLiteral("--meeting"), QString::number(meeting)});
        REQUIRE(run.exitCode == 0);
        const QJsonArray proposed = run.json().object().value(QStringLiteral("proposed")).toArray();
        REQUIRE(proposed.size() == 1);
        CHECK(proposed.first().toObject().value(QStringLiteral("client")).toInteger()
            == team.clientId);
        run = cli({QStringLiteral("risk"), QStringLiteral("individuals"), QStringLiteral("add"),
            QStringLiteral("--meeting"), QString::number(meeting), QStringLiteral("--client"),
            QString::number(team.clientId)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.json().object().value(QStringLiteral("agendaItems")).toArray().size() == 1);

        run = cli({QStringLiteral("risk"), QStringLiteral("hospital-stay"),
            QStringLiteral("--client"), QString::number(team.clientId), QStringLiteral("--date"),
            today.addDays(2).toString(Qt::ISODate)});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("efter i dag")));
    }
}
