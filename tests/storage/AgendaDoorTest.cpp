// Every path that puts a client on an agenda asks the same question: may
// this meeting take the client up? A samordningsmöte needs the client's
// consent for sharing with other care providers.
#include <catch2/catch.hpp>

#include "domain/Action.h"
#include "domain/StorageError.h"
#include "domain/care/Consent.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/care/ConsentRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
bool onAgenda(Workspace &workspace, qint64 meetingId, qint64 clientId)
{
    for (const AgendaItem &item : workspace.agenda().items(meetingId)) {
        if (item.clientId == clientId)
            return true;
    }
    return false;
}

void giveConsent(Workspace &workspace, qint64 clientId, const QDate &on, qint64 actorId)
{
    Consent consent;
    consent.clientId = clientId;
    consent.scope = ConsentScope::OtherCareProviders;
    consent.decidedOn = on;
    consent.form = ConsentForm::Written;
    workspace.consents().add(consent, actorId);
}
} // namespace

TEST_CASE("a built samordningsmöte agenda leaves off a client without consent", "[consent][chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        // Consent given 2025-06-01 is valid until 2026-05-31.
        giveConsent(workspace, team.clientId, QDate(2025, 6, 1), team.leadId);
        const qint64 first = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", QDate(2026, 5, 6), team.leadId);
        const qint64 second = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", QDate(2026, 6, 3), team.leadId);
        // Decided at the first meeting about the client, followed up after two weeks.
        Action action;
        action.meetingId = first;
        action.clientId = team.clientId;
        action.what = QStringLiteral("Läkemedelsgenomgång");
        action.responsibleId = team.nurseId;
        action.followUpDays = 14;
        workspace.actions().create(action, team.leadId);

        AgendaBuilder builder(workspace);
        auto result = builder.build(second);
        CHECK(result.followUpActions.size() == 1);
        REQUIRE(result.refusedClients.size() == 1);
        CHECK(result.refusedClients.first().first == team.clientId);
        CHECK(result.refusedClients.first().second.contains(
            QStringLiteral("samtycke"), Qt::CaseInsensitive));
        CHECK_FALSE(onAgenda(workspace, second, team.clientId));
        CHECK_FALSE(workspace.agenda().items(second).isEmpty()); // the fixed items are there

        giveConsent(workspace, team.clientId, QDate(2026, 5, 28), team.leadId);
        result = builder.build(second);
        CHECK(result.refusedClients.isEmpty());
        CHECK(onAgenda(workspace, second, team.clientId));
    }
}

TEST_CASE("changing an item to name a client asks for consent too", "[consent][chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const qint64 meeting = test::makeForumMeeting(
            workspace, team.unitId, "samordningsmote", QDate(2026, 5, 6), team.leadId);
        AgendaItem item;
        item.meetingId = meeting;
        item.title = QStringLiteral("Utskrivning från sjukhus");
        item.id = workspace.agenda().add(item);
        item.clientId = team.clientId;
        CHECK_THROWS_AS(workspace.agenda().update(item), StorageError);
        CHECK_FALSE(onAgenda(workspace, meeting, team.clientId));
    }
}

TEST_CASE("moving an agenda item renumbers the agenda in one step", "[chair]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const qint64 meeting = test::makeForumMeeting(
            workspace, team.unitId, "teammote", QDate(2026, 5, 6), team.leadId);
        QList<qint64> ids;
        for (const char *title : {"Inledning", "Kunder", "Övrigt"}) {
            AgendaItem item;
            item.meetingId = meeting;
            item.title = QString::fromUtf8(title);
            ids << workspace.agenda().add(item);
        }
        workspace.agenda().move(ids.at(2), -1);
        QStringList titles;
        QList<int> positions;
        for (const AgendaItem &item : workspace.agenda().items(meeting)) {
            titles << item.title;
            positions << item.position;
        }
        CHECK(titles
            == QStringList {
                QStringLiteral("Inledning"), QStringLiteral("Övrigt"), QStringLiteral("Kunder")});
        CHECK(positions == QList<int> {1, 2, 3});
    }
}
