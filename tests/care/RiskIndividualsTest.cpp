// Riskindivider (seed 001): clients whose latest Senior Alert assessment
// shows risk, or who came home from hospital lately, are proposed for a
// samordningsmöte; the chair picks who goes on the agenda, through the
// consent rule. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/RiskIndividuals.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace tf;

namespace {
RiskAssessment downton(qint64 clientId, bool falls, const QDateTime &when)
{
    RiskAssessment a;
    a.clientId = clientId;
    a.instrument = QStringLiteral("downton");
    a.assessedUtc = when;
    a.answers = QJsonObject {{QStringLiteral("previousFalls"), falls},
        {QStringLiteral("medications"),
            QJsonArray {QStringLiteral("sedatives"), QStringLiteral("diuretics")}},
        {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
        {QStringLiteral("gait"), QStringLiteral("normal")}};
    return a;
}

qint64 addClient(
    Workspace &workspace, qint64 unitId, const QString &name, const QString &pnr, qint64 actorId)
{
    Client client;
    client.unitId = unitId;
    client.name = name;
    client.personnummer = pnr;
    return workspace.clients().create(client, actorId);
}

QList<qint64> proposedIds(const QList<RiskIndividual> &list)
{
    QList<qint64> ids;
    for (const RiskIndividual &individual : list)
        ids << individual.client.id;
    return ids;
}
} // namespace

TEST_CASE("risk individuals are proposed for a samordningsmöte and the chair picks them",
    "[risk][consent][samordning]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.clientName = QStringLiteral("Anna Alm");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = stockholmDate(now);
        const qint64 atRisk = team.clientId;
        const qint64 recovered = addClient(workspace, team.unitId, QStringLiteral("Bo Berg"),
            QStringLiteral("19300101-0002"), team.leadId);
        const qint64 home = addClient(workspace, team.unitId, QStringLiteral("Cilla Ceder"),
            QStringLiteral("19310202-0009"), team.leadId);
        const qint64 longAgo = addClient(workspace, team.unitId, QStringLiteral("Dan Dahl"),
            QStringLiteral("19320303-0006"), team.leadId);
        workspace.risks().add(downton(atRisk, true, now.addDays(-20)), team.nurseId);
        // Risk before, none in the latest: not proposed.
        workspace.risks().add(downton(recovered, true, now.addDays(-90)), team.nurseId);
        workspace.risks().add(downton(recovered, false, now.addDays(-10)), team.nurseId);
        RiskIndividuals individuals(workspace);
        individuals.recordHospitalStay(home, today.addDays(-10), QStringLiteral("Höftfraktur"));
        individuals.recordHospitalStay(longAgo, today.addDays(-80), QString());
        CHECK_THROWS_AS(
            individuals.recordHospitalStay(home, today.addDays(1), QString()), StorageError);

        const qint64 meetingId = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", today.addDays(7), team.leadId);
        const qint64 teammote = test::makeForumMeeting(
            workspace, team.unitId, "teammote", today.addDays(7), team.leadId);
        const auto client = workspace.clients().byId(atRisk);
        const auto next = nextSamordningsmote(workspace, *client, now);
        REQUIRE(next);
        CHECK(next->id == meetingId);

        QList<RiskIndividual> proposed = individuals.proposedFor(meetingId);
        REQUIRE(proposedIds(proposed) == QList<qint64> {atRisk, home});
        CHECK(proposed.at(0).reasons.join(QString()).contains(QStringLiteral("Fall")));
        CHECK(proposed.at(1).reasons.join(QString()).contains(
            QStringLiteral("Hemkommen från sjukhus %1")
                .arg(today.addDays(-10).toString(Qt::ISODate))));
        // Proposed, never put on the agenda by itself.
        CHECK(workspace.meetings().agendaItems(meetingId).isEmpty());
        // Only for a samordningsmöte.
        CHECK_THROWS_AS(individuals.proposedFor(teammote), StorageError);

        // Without consent the agenda's door refuses; with it the client goes
        // on, raised by the chair, and is no longer proposed.
        RiskIndividuals::Added added = individuals.addToAgenda(meetingId, {atRisk});
        CHECK(added.itemIds.isEmpty());
        REQUIRE(added.refused.size() == 1);
        CHECK(added.refused.first().second.contains(QStringLiteral("samtycke")));
        Consent consent;
        consent.clientId = atRisk;
        consent.scope = ConsentScope::OtherCareProviders;
        consent.decidedOn = today;
        workspace.consents().add(consent, team.leadId);
        added = individuals.addToAgenda(meetingId, {atRisk});
        REQUIRE(added.itemIds.size() == 1);
        const auto items = workspace.meetings().agendaItems(meetingId);
        REQUIRE(items.size() == 1);
        CHECK(items.first().clientId == atRisk);
        CHECK(items.first().raisedById == team.leadId);
        CHECK(items.first().body.startsWith(QStringLiteral("Riskindivid: ")));
        CHECK(proposedIds(individuals.proposedFor(meetingId)) == QList<qint64> {home});
        // A client not proposed is refused.
        CHECK_THROWS_AS(individuals.addToAgenda(meetingId, {longAgo}), StorageError);
    }
}

TEST_CASE("why a client is a risk individual", "[risk][unit]")
{
    const QDate meetingDay(2027, 3, 10);
    const QDateTime earlier(QDate(2027, 2, 1), QTime(10, 0), QTimeZone::utc());
    RiskAssessment risk;
    risk.id = 1;
    risk.instrument = QStringLiteral("norton");
    risk.assessedUtc = earlier;
    risk.result.risk = true;
    risk.result.level = QStringLiteral("risk");
    RiskAssessment incomplete = risk;
    incomplete.id = 2;
    incomplete.complete = false;
    incomplete.result = RiskResult();
    // An incomplete newer one does not hide the complete one before it.
    CHECK(riskIndividualReasons({incomplete, risk}, QDate(), meetingDay).size() == 1);
    CHECK(riskIndividualReasons({}, QDate(2027, 1, 9), meetingDay).size() == 1); // 60 days
    CHECK(riskIndividualReasons({}, QDate(2027, 1, 8), meetingDay).isEmpty()); // 61 days
    CHECK(riskIndividualReasons({}, QDate(2027, 3, 11), meetingDay).isEmpty()); // after it
}
