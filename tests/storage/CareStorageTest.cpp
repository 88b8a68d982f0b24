// Risk assessments, consent, participation, feedback, SBAR and SIP in the
// store, on every engine.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/Unit.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/care/CarePlanning.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace tf;
using tf::test::testBackends;

namespace {
struct CareTeam
{
    qint64 unitId = 0;
    qint64 contactId = 0;
    qint64 nurseId = 0;
    qint64 clientId = 0;
};

CareTeam makeCareTeam(Workspace &workspace, ServiceType type = ServiceType::Sabo)
{
    test::TeamSpec spec;
    spec.leadName = QStringLiteral("Kim Kontakt");
    spec.apartment.clear();
    spec.leadIsContactPerson = true;
    spec.serviceType = type;
    const test::TeamFixture fixture = test::makeTeam(workspace, spec);
    CareTeam team;
    team.unitId = fixture.unitId;
    team.contactId = fixture.leadId;
    team.nurseId = fixture.nurseId;
    team.clientId = fixture.clientId;
    workspace.setActorId(team.nurseId);
    return team;
}

qint64 makeMeeting(Workspace &workspace, const CareTeam &team, const QDate &day, const char *forum)
{
    return test::makeForumMeeting(workspace, team.unitId, forum, day, team.contactId);
}

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
} // namespace

TEST_CASE("assessments are kept as history with computed results", "[risk][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const QDateTime first(QDate(2026, 1, 10), QTime(10, 0), QTimeZone::utc());
        const QDateTime second(QDate(2026, 2, 10), QTime(10, 0), QTimeZone::utc());
        RiskAssessment typed = downton(team.clientId, true, first);
        typed.result.score = 0; // a typed score is ignored: the answers decide
        workspace.risks().add(typed, team.nurseId);
        workspace.risks().add(downton(team.clientId, false, second), team.nurseId);

        const auto history = workspace.risks().history(team.clientId, QStringLiteral("downton"));
        REQUIRE(history.size() == 2);
        CHECK(history.at(0).assessedUtc == second);
        CHECK(history.at(0).result.score == 2);
        CHECK_FALSE(history.at(0).result.risk);
        CHECK(history.at(1).result.score == 3);
        CHECK(history.at(1).result.level == QStringLiteral("risk"));
        CHECK(history.at(1).instrumentVersion == QStringLiteral("DFRI 1993"));
        CHECK(history.at(1).assessedById == team.nurseId);
        CHECK(history.at(1).answers.value(QStringLiteral("medications")).toArray().size() == 2);
        CHECK(history.at(1).answers.value(QStringLiteral("previousFalls")).toBool());
        CHECK(workspace.risks().lastCompleteOn(team.clientId, QStringLiteral("downton"))
            == QDate(2026, 2, 10));

        RiskAssessment bad = downton(team.clientId, false, second);
        bad.answers.insert(QStringLiteral("gait"), QStringLiteral("running"));
        try {
            workspace.risks().add(bad, team.nurseId);
            FAIL("an invalid answer was stored");
        } catch (const StorageError &error) {
            CHECK(error.userMessage().contains(QStringLiteral("Gångförmåga")));
            CHECK_FALSE(error.userMessage().contains(QStringLiteral("gait")));
        }
        CHECK(workspace.risks().history(team.clientId).size() == 2);
    }
}

TEST_CASE("an item that could not be assessed gives an incomplete assessment", "[risk][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        RiskAssessment roag;
        roag.clientId = team.clientId;
        roag.instrument = QStringLiteral("roag");
        for (const char *key : {"voice", "lips", "mucosa", "tongue", "gums", "teeth", "saliva"})
            roag.answers.insert(QLatin1String(key), 1);
        roag.answers.insert(QStringLiteral("dentures"), 0); // "ingen protes"
        roag.notAssessed.insert(
            QStringLiteral("swallowing"), QStringLiteral("Kunden sov, kunde inte sväljtestas"));
        workspace.risks().add(roag, team.nurseId);
        const auto stored = workspace.risks().history(team.clientId).first();
        CHECK_FALSE(stored.complete);
        CHECK_FALSE(stored.result.score.has_value());
        CHECK(stored.result.level.isEmpty());
        CHECK(stored.notAssessed.value(QStringLiteral("swallowing"))
                  .startsWith(QStringLiteral("Kunden sov")));
        CHECK_FALSE(workspace.risks().lastCompleteOn(team.clientId, QStringLiteral("roag")));
    }
}

TEST_CASE("needed assessments follow the verksamhet's instruments and the team", "[risk][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const Client client = *workspace.clients().byId(team.clientId);
        workspace.risks().setMovedInOn(team.clientId, QDate(2025, 12, 1), team.nurseId);
        workspace.risks().add(downton(team.clientId, false,
                                  QDateTime(QDate(2025, 12, 2), QTime(9, 0), QTimeZone::utc())),
            team.nurseId);
        auto needs = riskNeedsFor(workspace, client, QDate(2026, 3, 1));
        REQUIRE(needs.size() == 4); // SÄBO default: Downton, Norton, MNA-SF, ROAG
        CHECK(needs.at(0).instrument == QStringLiteral("downton"));
        CHECK(needs.at(0).state == RiskDueState::Current);
        CHECK(needs.at(1).state == RiskDueState::Missing);
        CHECK(needs.at(1).dueOn == QDate(2025, 12, 1));

        workspace.risks().setTeamInterval(
            team.clientId, QStringLiteral("downton"), 3, 0, team.nurseId);
        needs = riskNeedsFor(workspace, client, QDate(2026, 3, 1));
        CHECK(needs.at(0).state == RiskDueState::Current);
        needs = riskNeedsFor(workspace, client, QDate(2026, 3, 2));
        CHECK(needs.at(0).state == RiskDueState::OutOfDate);

        workspace.risks().setInstrumentsFor(
            ServiceType::Sabo, {{QStringLiteral("skl_fall"), 6}}, team.nurseId);
        needs = riskNeedsFor(workspace, client, QDate(2026, 3, 2));
        REQUIRE(needs.size() == 1);
        CHECK(needs.at(0).instrument == QStringLiteral("skl_fall"));
        CHECK(needs.at(0).intervalMonths == 6);
    }
}

// Idag and Inför mötet read the routines of all the clients they list at
// once: each client must get their own moving-in date, assessments and the
// team's intervals, as read one by one.
TEST_CASE(
    "several clients' risk routines read together are each the client's own", "[risk][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        Unit other;
        other.name = QStringLiteral("Solgården avd 3");
        other.serviceType = ServiceType::Sabo;
        Client second;
        second.unitId = workspace.units().create(other, team.contactId);
        second.name = QStringLiteral("Bo Berg");
        second.personnummer = QStringLiteral("19300316-1233");
        second.nurseId = team.nurseId;
        second.id = workspace.clients().create(second, team.contactId);
        workspace.risks().setMovedInOn(team.clientId, QDate(2025, 12, 1), team.nurseId);
        workspace.risks().add(downton(team.clientId, false,
                                  QDateTime(QDate(2025, 12, 2), QTime(9, 0), QTimeZone::utc())),
            team.nurseId);
        workspace.risks().setTeamInterval(
            team.clientId, QStringLiteral("downton"), 3, 0, team.nurseId);
        workspace.risks().setMovedInOn(second.id, QDate(2026, 1, 10), team.nurseId);

        const QDate day(2026, 3, 2);
        const Client first = *workspace.clients().byId(team.clientId);
        second = *workspace.clients().byId(second.id);
        const ClientRiskRoutines routines
            = ClientRiskRoutines::read(workspace, {first.id, second.id});
        for (const Client &client : {first, second}) {
            INFO("client: " << client.name.toStdString());
            const QList<RiskNeed> together = routines.needsOf(client, day);
            const QList<RiskNeed> alone = riskNeedsFor(workspace, client, day);
            REQUIRE(together.size() == alone.size());
            for (qsizetype i = 0; i < alone.size(); ++i) {
                CHECK(together.at(i).instrument == alone.at(i).instrument);
                CHECK(together.at(i).state == alone.at(i).state);
                CHECK(together.at(i).dueOn == alone.at(i).dueOn);
                CHECK(together.at(i).intervalMonths == alone.at(i).intervalMonths);
            }
        }
        const QList<RiskNeed> firstNeeds = routines.needsOf(first, day);
        const QList<RiskNeed> secondNeeds = routines.needsOf(second, day);
        REQUIRE(firstNeeds.size() == 4);
        REQUIRE(secondNeeds.size() == 4);
        CHECK(firstNeeds.at(0).state == RiskDueState::OutOfDate); // the team's three months
        CHECK(firstNeeds.at(0).intervalMonths == 3);
        CHECK(secondNeeds.at(0).state == RiskDueState::Missing);
        CHECK(secondNeeds.at(0).dueOn == QDate(2026, 1, 10));
        CHECK(secondNeeds.at(0).intervalMonths == 12);
    }
}

TEST_CASE("a samordningsmöte refuses a client without valid consent", "[consent][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const qint64 samordning
            = makeMeeting(workspace, team, QDate(2026, 5, 6), "samordningsmote");
        const qint64 teammote = makeMeeting(workspace, team, QDate(2026, 5, 7), "teammote");
        AgendaItem item;
        item.meetingId = samordning;
        item.clientId = team.clientId;
        item.title = QStringLiteral("Greta Gran");
        try {
            workspace.agenda().add(item);
            FAIL("a client without consent was put on a samordningsmöte");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Refused);
            CHECK(error.userMessage().contains(QStringLiteral("samtycke")));
        }
        CHECK(workspace.meetings().agendaItems(samordning).isEmpty());

        // The team meeting needs no such consent.
        item.meetingId = teammote;
        CHECK(workspace.agenda().add(item) > 0);

        Consent consent;
        consent.clientId = team.clientId;
        consent.scope = ConsentScope::OtherCareProviders;
        consent.decidedOn = QDate(2025, 5, 1);
        consent.form = ConsentForm::Written;
        workspace.consents().add(consent, team.contactId);
        // Given a year before: it expired on 2026-04-30.
        CHECK(clientAgendaRefusal(workspace, samordning, team.clientId)
                  .contains(QStringLiteral("2026-04-30")));
        consent.decidedOn = QDate(2026, 4, 20);
        workspace.consents().add(consent, team.contactId);
        item.meetingId = samordning;
        CHECK(workspace.agenda().add(item) > 0);
        CHECK(workspace.consents().history(team.clientId).size() == 2);
        const auto latest
            = workspace.consents().latest(team.clientId, ConsentScope::OtherCareProviders);
        REQUIRE(latest);
        CHECK(latest->validUntil == QDate(2027, 4, 19));
        CHECK(latest->form == ConsentForm::Written);
        CHECK_FALSE(workspace.consents().latest(team.clientId, ConsentScope::Relatives));

        consent.decidedOn = QDate(2026, 4, 25);
        consent.decision = ConsentDecision::Refused;
        workspace.consents().add(consent, team.contactId);
        CHECK(clientAgendaRefusal(workspace, samordning, team.clientId)
                  .contains(QStringLiteral("inte samtyckt")));
    }
}

TEST_CASE("a decision needing feedback is listed until reported back", "[consent][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const qint64 meetingId = makeMeeting(workspace, team, QDate(2026, 5, 7), "teammote");
        Action action;
        action.meetingId = meetingId;
        action.clientId = team.clientId;
        action.what = QStringLiteral("Prova rollator inomhus");
        action.responsibleId = team.nurseId;
        action.feedbackToClient = true;
        const qint64 actionId = workspace.actions().create(action, team.nurseId);
        Action quiet = action;
        quiet.feedbackToClient = false;
        workspace.actions().create(quiet, team.nurseId);

        auto due = feedbackDueFor(workspace, team.contactId);
        REQUIRE(due.size() == 1);
        CHECK(due.first().action.id == actionId);
        CHECK(due.first().client.name == QStringLiteral("Greta Gran"));
        CHECK(feedbackDueFor(workspace, team.nurseId).isEmpty());

        ClientFeedback feedback;
        feedback.actionId = actionId;
        feedback.givenOn = QDate(2026, 5, 8);
        feedback.method = FeedbackMethod::Phone;
        workspace.care().recordFeedback(feedback, team.contactId);
        CHECK(feedbackDueFor(workspace, team.contactId).isEmpty());
        const auto stored = workspace.care().feedback(actionId);
        REQUIRE(stored);
        CHECK(stored->method == FeedbackMethod::Phone);
        CHECK(stored->givenById == team.contactId);
        CHECK_THROWS_AS(workspace.care().recordFeedback(feedback, team.contactId), StorageError);
    }
}

TEST_CASE("the participation checklist is saved with a lost-update guard", "[consent][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const qint64 meetingId = makeMeeting(workspace, team, QDate(2030, 5, 7), "teammote");
        AgendaItem item;
        item.meetingId = meetingId;
        item.clientId = team.clientId;
        item.title = QStringLiteral("Greta Gran");
        const qint64 itemId = workspace.meetings().addAgendaItem(item, team.contactId);
        const auto entries = workspace.care().comingAgendaEntries(
            team.clientId, QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().agendaItemId == itemId);

        Participation p;
        p.agendaItemId = itemId;
        p.clientAsked = true;
        p.clientWishes = QStringLiteral("Vill gå ut på promenad varje dag");
        p.relatives = RelativesAsked::ClientDeclined;
        CHECK(p.isComplete());
        CHECK(workspace.care().saveParticipation(p, team.contactId) == 1);
        auto stored = workspace.care().participation(itemId);
        REQUIRE(stored);
        CHECK(stored->clientWishes == p.clientWishes);
        CHECK(stored->relatives == RelativesAsked::ClientDeclined);
        stored->relativesNote = QStringLiteral("Dottern ringer själv");
        CHECK(workspace.care().saveParticipation(*stored, team.contactId) == 2);
        CHECK_THROWS_AS(workspace.care().saveParticipation(*stored, team.contactId), StorageError);
        CHECK(workspace.care().clientsOfContactPerson(team.contactId, QDate(2026, 1, 1))
            == QList<qint64> {team.clientId});
        CHECK(workspace.care().clientsOfClinician(team.nurseId, QDate(2026, 1, 1))
            == QList<qint64> {team.clientId});
    }
}

TEST_CASE("SIP needs are listed with their responsible person until done", "[sip][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        SipNeed need;
        need.clientId = team.clientId;
        need.meetingId = makeMeeting(workspace, team, QDate(2026, 5, 6), "samordningsmote");
        CHECK_THROWS_AS(workspace.sip().create(need, team.nurseId), StorageError);
        need.responsibleId = team.nurseId;
        need.note = QStringLiteral("Behov från både hemtjänst och vårdcentral");
        workspace.sip().create(need, team.nurseId);
        auto open = workspace.sip().open();
        REQUIRE(open.size() == 1);
        CHECK(open.first().responsibleId == team.nurseId);
        CHECK(workspace.sip().open(team.contactId).isEmpty());
        workspace.sip().markDone(open.first(), QDate(2026, 5, 20), team.nurseId);
        CHECK(workspace.sip().open().isEmpty());
        CHECK(workspace.sip().byClient(team.clientId).first().doneOn == QDate(2026, 5, 20));
        CHECK_THROWS_AS(
            workspace.sip().markDone(open.first(), QDate(2026, 5, 21), team.nurseId), StorageError);
    }
}

TEST_CASE("an SBAR report is linked to the client and the agenda item", "[sbar][storage]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const CareTeam team = makeCareTeam(workspace);
        const qint64 meetingId = makeMeeting(workspace, team, QDate(2026, 5, 6), "teammote");
        AgendaItem item;
        item.meetingId = meetingId;
        item.clientId = team.clientId;
        item.title = QStringLiteral("Greta Gran");
        const qint64 itemId = workspace.meetings().addAgendaItem(item, team.nurseId);
        SbarReport report;
        report.clientId = team.clientId;
        report.agendaItemId = itemId;
        report.receiver = QStringLiteral("Distriktsläkare, Vårdcentralen Norr");
        CHECK_THROWS_AS(workspace.sbar().create(report, team.nurseId), StorageError);
        report.situation = QStringLiteral("Greta har fallit två gånger i veckan");
        report.recommendation = QStringLiteral("Läkemedelsgenomgång");
        report.handlingTime = HandlingTime::NextWeekday;
        const qint64 id = workspace.sbar().create(report, team.nurseId);
        auto stored = workspace.sbar().byId(id);
        REQUIRE(stored);
        CHECK(stored->senderId == team.nurseId);
        CHECK(stored->handlingTime == HandlingTime::NextWeekday);
        CHECK(workspace.sbar().byAgendaItem(itemId).size() == 1);
        stored->reply = QStringLiteral("Tid bokad torsdag");
        stored->readBack = true;
        CHECK(workspace.sbar().complete(*stored, team.nurseId) == stored->version + 1);
        CHECK(workspace.sbar().byClient(team.clientId).first().reply == stored->reply);
        CHECK_THROWS_AS(workspace.sbar().complete(*stored, team.nurseId), StorageError);
    }
}
