// The vårdplan after a risk found (seed 003): made from an assessment with
// risk, refused without one, shown as missing until made, on the client's
// next teammöte and again from its follow-up day. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/RiskCarePlans.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/MeetingRepository.h"
#include "storage/Query.h"
#include "storage/care/RiskRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tf;

namespace {
QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

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

CareMeasure measure(const QString &what, qint64 who, const QDate &followUp)
{
    CareMeasure m;
    m.what = what;
    m.responsibleId = who;
    m.followUpOn = followUp;
    return m;
}

QString refusal(const std::function<void()> &work)
{
    try {
        work();
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    return {};
}

QList<AgendaItem> planItems(Workspace &workspace, qint64 meetingId)
{
    QList<AgendaItem> items;
    for (const AgendaItem &item : workspace.meetings().agendaItems(meetingId)) {
        if (isRiskPlanItemTitle(item.title))
            items << item;
    }
    return items;
}

int accessEntries(Workspace &workspace, qint64 clientId)
{
    Query query(workspace.database(),
        QStringLiteral("SELECT count(*) FROM access_log WHERE client_id = ?"));
    query.bind(clientId).exec();
    query.next();
    return query.integer(0);
}
} // namespace

TEST_CASE("a risk found is followed by a vårdplan with what, who and follow-up", "[risk][careplan]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.nurseId);
        RiskCarePlans plans(workspace);
        const qint64 noRisk = workspace.risks().add(downton(team.clientId, false), team.nurseId);
        const qint64 risk = workspace.risks().add(downton(team.clientId, true), team.nurseId);
        const QDate followUp = today().addDays(30);

        // Before any plan: the assessment with risk says "vårdplan saknas".
        auto history = plans.readPlans(team.clientId, AccessPurpose::BeforeMeeting);
        REQUIRE(history.size() == 2);
        CHECK(history.at(0).assessment.id == risk);
        CHECK(history.at(0).state == RiskPlanState::Missing);
        CHECK(riskPlanStateLabel(history.at(0).state) == QStringLiteral("Vårdplan saknas"));
        CHECK(history.at(1).state == RiskPlanState::NotNeeded);
        CHECK(accessEntries(workspace, team.clientId) == 1);

        // Refused: no risk, nothing to do, nobody, a follow-up before the
        // assessment or more than a year on, an unknown person.
        CHECK(refusal([&] {
            plans.addMeasures(
                noRisk, {measure(QStringLiteral("Höftskydd"), team.nurseId, followUp)});
        }).contains(QStringLiteral("ingen risk")));
        CHECK(refusal([&] {
            plans.addMeasures(risk, {measure(QStringLiteral("  "), team.nurseId, followUp)});
        }) == QStringLiteral("Skriv vad som ska göras."));
        CHECK(refusal([&] {
            plans.addMeasures(risk, {measure(QStringLiteral("Höftskydd"), 0, followUp)});
        }).contains(QStringLiteral("vem som ansvarar")));
        CHECK(refusal([&] {
            plans.addMeasures(
                risk, {measure(QStringLiteral("Höftskydd"), team.nurseId, today().addDays(-1))});
        }).contains(QStringLiteral("före bedömningen")));
        CHECK(refusal([&] {
            plans.addMeasures(
                risk, {measure(QStringLiteral("Höftskydd"), team.nurseId, today().addYears(2))});
        }).contains(QStringLiteral("inom ett år")));
        CHECK(refusal([&] {
            plans.addMeasures(risk, {measure(QStringLiteral("Höftskydd"), 999999, followUp)});
        }).contains(QStringLiteral("ingen person")));
        // All or nothing: a good measure beside a bad one is not kept.
        CHECK_FALSE(refusal([&] {
            plans.addMeasures(risk,
                {measure(QStringLiteral("Höftskydd"), team.nurseId, followUp),
                    measure(QString(), team.nurseId, followUp)});
        }).isEmpty());
        CHECK(plans.plansOf(team.clientId, workspace.risks().history(team.clientId))
                  .at(0)
                  .measures.isEmpty());

        const QList<CareMeasure> added = plans.addMeasures(risk,
            {measure(QStringLiteral("Höftskydd dagtid"), team.nurseId, followUp),
                measure(QStringLiteral("Sänggrind sänkt, larmmatta"), team.leadId,
                    today().addDays(14))});
        REQUIRE(added.size() == 2);
        CHECK(added.at(0).createdOn == today());
        CHECK(added.at(0).createdById == team.nurseId);
        history = plans.plansOf(team.clientId, workspace.risks().history(team.clientId));
        CHECK(history.at(0).state == RiskPlanState::Open);
        REQUIRE(history.at(0).measures.size() == 2);
        CHECK(history.at(0).measures.at(0).what == QStringLiteral("Höftskydd dagtid"));

        // Followed up once, not in the future, with what came of it.
        CHECK(refusal([&] {
            plans.followUp(added.at(0).id, today().addDays(1), QStringLiteral("Bra"));
        }).contains(QStringLiteral("efter i dag")));
        CHECK(refusal([&] {
            plans.followUp(added.at(0).id, today(), QStringLiteral(" "));
        }).contains(QStringLiteral("uppföljningen visade")));
        plans.followUp(added.at(0).id, today(), QStringLiteral("Inga fall sedan dess"));
        CHECK(refusal([&] {
            plans.followUp(added.at(0).id, today(), QStringLiteral("Igen"));
        }).contains(QStringLiteral("redan")));
        CHECK(plans.plansOf(team.clientId, workspace.risks().history(team.clientId)).at(0).state
            == RiskPlanState::Open);
        plans.followUp(added.at(1).id, today(), QStringLiteral("Larmmattan fungerar"));
        history = plans.plansOf(team.clientId, workspace.risks().history(team.clientId));
        CHECK(history.at(0).state == RiskPlanState::FollowedUp);
        CHECK(history.at(0).measures.at(0).outcome == QStringLiteral("Inga fall sedan dess"));
    }
}

TEST_CASE("a vårdplan comes up at the client's next teammöte and again from its follow-up day",
    "[risk][careplan][chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.nurseId);
        const QDate day = today();
        const qint64 first = test::makeForumMeeting(
            workspace, team.unitId, "teammote", day.addDays(7), team.leadId);
        const qint64 second = test::makeForumMeeting(
            workspace, team.unitId, "teammote", day.addDays(21), team.leadId);
        const qint64 third = test::makeForumMeeting(
            workspace, team.unitId, "teammote", day.addDays(35), team.leadId);
        const qint64 pulse = test::makeForumMeeting(
            workspace, team.unitId, "pulsmote", day.addDays(7), team.leadId);
        const qint64 risk = workspace.risks().add(downton(team.clientId, true), team.nurseId);
        RiskCarePlans(workspace).addMeasures(
            risk, {measure(QStringLiteral("Höftskydd dagtid"), team.nurseId, day.addDays(30))});

        AgendaBuilder builder(workspace);
        builder.build(first);
        builder.build(second);
        builder.build(third);
        builder.build(pulse);
        const QList<AgendaItem> atFirst = planItems(workspace, first);
        REQUIRE(atFirst.size() == 1);
        CHECK(atFirst.first().title
            == QStringLiteral("Vårdplan: Fall, bedömning %1").arg(day.toString(Qt::ISODate)));
        CHECK(atFirst.first().clientId == team.clientId);
        CHECK(atFirst.first().body.contains(QStringLiteral("Höftskydd dagtid")));
        CHECK(atFirst.first().body.contains(QStringLiteral("Sara Sjuksköterska")));
        CHECK(atFirst.first().body.contains(day.addDays(30).toString(Qt::ISODate)));
        CHECK(planItems(workspace, second).isEmpty()); // presented already, not yet due
        CHECK(planItems(workspace, third).size() == 1); // its follow-up day has come
        CHECK(planItems(workspace, pulse).isEmpty()); // only the teammöte
        CHECK(builder.build(first).added == 0); // building twice adds nothing twice

        // Followed up today: the meeting still to come no longer takes it up.
        const qint64 measureId
            = RiskCarePlans(workspace)
                  .plansOf(team.clientId, workspace.risks().history(team.clientId))
                  .first()
                  .measures.first()
                  .id;
        RiskCarePlans(workspace).followUp(measureId, day, QStringLiteral("Inga fall"));
        builder.build(third);
        CHECK(planItems(workspace, third).isEmpty());
    }
}

TEST_CASE("when a vårdplan comes up at a teammöte", "[risk][careplan][unit]")
{
    CareMeasure m;
    m.createdOn = QDate(2027, 3, 1);
    m.followUpOn = QDate(2027, 4, 1);
    // The first teammöte on or after the day it was made.
    CHECK(riskPlanComesUpAt({m}, QDate(2027, 3, 1), QDate(2027, 2, 15)));
    CHECK(riskPlanComesUpAt({m}, QDate(2027, 3, 8), QDate()));
    CHECK_FALSE(riskPlanComesUpAt({m}, QDate(2027, 2, 28), QDate()));
    CHECK_FALSE(riskPlanComesUpAt({m}, QDate(2027, 3, 15), QDate(2027, 3, 8)));
    // From its follow-up day at every one until it is followed up.
    CHECK(riskPlanComesUpAt({m}, QDate(2027, 4, 1), QDate(2027, 3, 20)));
    CHECK(riskPlanComesUpAt({m}, QDate(2027, 5, 1), QDate(2027, 4, 15)));
    m.followedUpOn = QDate(2027, 4, 20);
    CHECK(riskPlanComesUpAt({m}, QDate(2027, 4, 15), QDate(2027, 4, 1)));
    CHECK_FALSE(riskPlanComesUpAt({m}, QDate(2027, 5, 1), QDate(2027, 4, 15)));
}
