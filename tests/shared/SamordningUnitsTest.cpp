// The samordningsmöte of an area draws its clients from the units it
// coordinates (seed 001): its agenda offers their clients, a client's contact
// person finds the meeting to raise the client at, and consent is still
// asked for. Both engines.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/care/Consent.h"
#include "services/ClientUnits.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"
#include "services/care/CareReads.h"
#include "services/chair/CoordinatedUnits.h"
#include "services/scheduling/Kallelse.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/UnitRepository.h"
#include "storage/care/ConsentRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QTimeZone>

#include <algorithm>

using namespace tf;

namespace {
qint64 makeUnit(Workspace &workspace, const QString &name, ServiceType type, qint64 actorId)
{
    Unit unit;
    unit.name = name;
    unit.serviceType = type;
    return workspace.units().create(unit, actorId);
}

qint64 makeClient(
    Workspace &workspace, qint64 unitId, const QString &name, const QString &personnummer)
{
    Client client;
    client.unitId = unitId;
    client.name = name;
    client.personnummer = personnummer;
    return ClientUnits(workspace).registerClient(client, AccessPurpose::UnitClients).client.id;
}

QList<qint64> idsOf(const QList<Client> &clients)
{
    QList<qint64> ids;
    for (const Client &client : clients)
        ids << client.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("a samordningsmöte of an area takes up the shared clients of the units it coordinates",
    "[shared][samordning][consent]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.serviceType = ServiceType::OrdinartBoende;
        spec.leadIsContactPerson = true;
        const test::TeamFixture team = test::makeTeam(workspace, spec); // Greta, home care
        workspace.setActorId(team.leadId);
        const qint64 actor = team.leadId;
        const qint64 area = makeUnit(
            workspace, QStringLiteral("Område Norr, samordning"), ServiceType::Samordning, actor);
        const qint64 boendestod = makeUnit(
            workspace, QStringLiteral("Boendestöd Norr"), ServiceType::Boendestod, actor);
        const qint64 sabo
            = makeUnit(workspace, QStringLiteral("Solbacken SÄBO"), ServiceType::Sabo, actor);
        const qint64 bo = makeClient(
            workspace, boendestod, QStringLiteral("Bo Boende"), QStringLiteral("19400101-9878"));
        const qint64 other = makeClient(
            workspace, sabo, QStringLiteral("Sigrid Säbo"), QStringLiteral("19400202-9876"));
        // Greta is served by the boendestöd too: one record.
        Client greta = *workspace.clients().byId(team.clientId);
        greta.unitId = boendestod;
        CHECK(ClientUnits(workspace)
                  .registerClient(greta, AccessPurpose::UnitClients, QDate(2026, 1, 1))
                  .attached);

        CoordinatedUnits coordinated(workspace);
        coordinated.set(area, {team.unitId, boendestod});
        REQUIRE(coordinated.of(area).size() == 2);
        CHECK(coordinated.of(area).at(0).name == QStringLiteral("Boendestöd Norr"));
        // An area does not coordinate itself, nor a unit that does not exist.
        CHECK_THROWS_AS(coordinated.set(area, {area}), StorageError);
        CHECK_THROWS_AS(coordinated.set(area, {boendestod, 9999}), StorageError);
        CHECK(coordinated.of(area).size() == 2);

        const QDate day(2026, 5, 6);
        const qint64 meeting
            = test::makeForumMeeting(workspace, area, "samordningsmote", day, actor);
        const qint64 teammote = test::makeForumMeeting(workspace, sabo, "teammote", day, actor);
        // The agenda offers the coordinated units' clients, each once.
        CHECK(idsOf(CoordinatedUnits(workspace).currentClientsForMeeting(meeting, day))
            == (QList<qint64> {team.clientId, bo}));
        CHECK(idsOf(CoordinatedUnits(workspace).currentClientsForMeeting(teammote, day))
            == QList<qint64> {other});

        // Greta's contact person in home care finds the area's samordningsmöte.
        const QDateTime from(QDate(2026, 5, 1), QTime(8, 0), QTimeZone::utc());
        const auto meetings = suitableMeetingsFor(workspace, greta, from);
        CHECK(std::any_of(
            meetings.begin(), meetings.end(), [&](const Meeting &m) { return m.id == meeting; }));
        const Client sigrid = *workspace.clients().byId(other);
        const auto sigridsMeetings = suitableMeetingsFor(workspace, sigrid, from);
        CHECK(std::none_of(sigridsMeetings.begin(), sigridsMeetings.end(),
            [&](const Meeting &m) { return m.id == meeting; }));

        // Greta's nurse prepares the area's samordningsmöte too, beside the
        // meetings of the units serving her; not the SÄBO's team meeting.
        const ClinicianMeetings nurses
            = clinicianMeetings(workspace, team.nurseId, from, from.addDays(28));
        const auto hasMeeting = [&nurses](qint64 id) {
            return std::any_of(nurses.meetings.begin(), nurses.meetings.end(),
                [id](const Meeting &m) { return m.id == id; });
        };
        CHECK(hasMeeting(meeting));
        CHECK_FALSE(hasMeeting(teammote));
        CHECK(nurses.clientIds.contains(team.clientId));

        // On the agenda only with consent for other care providers.
        AgendaItem item;
        item.meetingId = meeting;
        item.title = QStringLiteral("Greta: utskrivning från sjukhus");
        item.clientId = team.clientId;
        CHECK_THROWS_AS(workspace.agenda().add(item), StorageError);
        Consent consent;
        consent.clientId = team.clientId;
        consent.scope = ConsentScope::OtherCareProviders;
        consent.decidedOn = QDate(2026, 4, 20);
        consent.form = ConsentForm::Written;
        workspace.consents().add(consent, actor);
        const qint64 firstItem = workspace.agenda().add(item);
        AgendaItem second = item;
        second.title = QStringLiteral("Greta: hjälpmedel i hemmet");
        workspace.agenda().add(second);
        // Her nurse finds the item among those about her clients on the
        // agendas she prepares for (Idag's next meeting).
        const QList<AgendaItem> nursesItems = readAlone(
            workspace.database(), [&](ReadBatch &batch) {
                return clinicianAgendaItems(batch, workspace, team.nurseId, from, from.addDays(28));
            });
        CHECK(std::any_of(nursesItems.begin(), nursesItems.end(), [&](const AgendaItem &i) {
            return i.meetingId == meeting && i.clientId == team.clientId;
        }));
        // Inför mötet lists her once at the area's meeting, at her first
        // item, with what the routine asks of her and the forum's name.
        const ComingAgendas coming
            = readComingAgendas(workspace, team.nurseId, from, from.addDays(28));
        QList<AgendaClient> atArea;
        for (const AgendaClient &listed : coming.agendaClients) {
            if (listed.meetingId == meeting)
                atArea << listed;
        }
        REQUIRE(atArea.size() == 1);
        CHECK(atArea.first().client.id == team.clientId);
        CHECK(atArea.first().agendaItemId == firstItem);
        CHECK_FALSE(coming.routines.needsOf(atArea.first().client, day).isEmpty());
        CHECK(coming.forumNames.value(test::forumTemplateId(workspace, "samordningsmote"))
            == QStringLiteral("Samordningsmöte"));
        // The kallelse names her though she is no client of the area itself.
        const Kallelse kallelse = Kallelse::load(workspace, meeting);
        CHECK(std::any_of(kallelse.agenda.begin(), kallelse.agenda.end(),
            [](const Kallelse::Item &i) { return i.client == QStringLiteral("Greta Gran"); }));
    }
}
