#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/ActionList.h"
#include "services/scheduling/AgendaBuilder.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::ChairFixture;
using tf::test::testBackends;

namespace {
QStringList titles(Workspace &workspace, qint64 meetingId)
{
    QStringList list;
    for (const auto &item : workspace.meetings().agendaItems(meetingId))
        list << item.title;
    return list;
}
} // namespace

TEST_CASE(
    "a teammöte agenda: fixed items, rotation, follow-ups, agreed clients", "[chair][rotation]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace);
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const auto meetings = workspace.series().meetings(series.id);
        const qint64 first = meetings.at(0).meeting.id;
        const qint64 second = meetings.at(1).meeting.id;
        const qint64 third = meetings.at(2).meeting.id;

        // A member adds an item before the agenda is built; it stays, last.
        AgendaItem raised;
        raised.meetingId = first;
        raised.title = QStringLiteral("Nytt larmsystem");
        raised.raisedById = fixture.nightId;
        workspace.meetings().addAgendaItem(raised, fixture.nightId);

        AgendaBuilder builder(workspace);
        auto result = builder.build(first);
        CHECK(result.rotationClients
            == QList<qint64> {fixture.clientIds.at(0), fixture.clientIds.at(1)});
        CHECK(titles(workspace, first)
            == QStringList {QStringLiteral("Greta Gran, lgh 1"), QStringLiteral("Åke Ek, lgh 2"),
                QStringLiteral("Beslut om åtgärder och vem som utför dem"),
                QStringLiteral("Kunder till nästa möte"), QStringLiteral("Nytt larmsystem")});
        const auto clientItem = workspace.meetings().agendaItems(first).first();
        CHECK(clientItem.clientId == fixture.clientIds.at(0));
        CHECK(clientItem.body.contains(QStringLiteral("Riskbedömningar")));
        CHECK(builder.build(first).added == 0); // building twice adds nothing twice

        // Decided at the first meeting: one action followed up every 28 days,
        // and Maja (lgh 10) agreed for the next meeting.
        Action action;
        action.meetingId = first;
        action.clientId = fixture.clientIds.at(0);
        action.what = QStringLiteral("Ny fallriskbedömning");
        action.responsibleId = fixture.nurseId;
        action.followUpDays = 28;
        workspace.actions().create(action, fixture.chairId);
        workspace.minutes().setNextMeetingClients(
            first, {fixture.clientIds.at(3)}, fixture.chairId);

        result = builder.build(second);
        CHECK(result.agreedClients == QList<qint64> {fixture.clientIds.at(3)});
        CHECK(result.rotationClients
            == QList<qint64> {fixture.clientIds.at(2), fixture.clientIds.at(3)});
        CHECK(result.followUpActions.isEmpty()); // 14 days: not yet
        CHECK(titles(workspace, second)
            == QStringList {QStringLiteral("Maja Lind, lgh 10"), QStringLiteral("Sven Berg, lgh 3"),
                QStringLiteral("Beslut om åtgärder och vem som utför dem"),
                QStringLiteral("Kunder till nästa möte")});

        result = builder.build(third);
        CHECK(result.rotationClients
            == QList<qint64> {fixture.clientIds.at(4), fixture.clientIds.at(0)});
        REQUIRE(result.followUpActions.size() == 1);
        CHECK(
            titles(workspace, third).contains(QStringLiteral("Uppföljning: Ny fallriskbedömning")));

        // The chair overrides the rotation: Åke instead of Olle and Greta.
        result = builder.overrideRotation(third, {fixture.clientIds.at(1)});
        const QStringList overridden = titles(workspace, third);
        CHECK(overridden.contains(QStringLiteral("Åke Ek, lgh 2")));
        CHECK_FALSE(overridden.contains(QStringLiteral("Olle Ås, lgh 11")));
        CHECK_FALSE(overridden.contains(QStringLiteral("Greta Gran, lgh 1")));
        CHECK(overridden.contains(QStringLiteral("Uppföljning: Ny fallriskbedömning")));
    }
}

TEST_CASE("ordinärt boende and daglig verksamhet rotate by their own schemes", "[chair][rotation]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        ChairFixture fixture(workspace, ServiceType::OrdinartBoende);
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        UnitPlanning planning
            = workspace.teams().planning(fixture.unitId, ServiceType::OrdinartBoende);
        CHECK(planning.scheme == RotationScheme::PriorityOrder);
        planning.clientsPerMeeting = 4;
        workspace.teams().savePlanning(planning, fixture.chairId);
        AgendaBuilder builder(workspace);
        const auto meetings = workspace.series().meetings(series.id);
        // Priorities 5, 4, 3, 2, 1 in apartment order: greatest need is lgh 11.
        const auto result = builder.build(meetings.at(0).meeting.id);
        CHECK(result.rotationClients
            == QList<qint64> {fixture.clientIds.at(4), fixture.clientIds.at(3),
                fixture.clientIds.at(2), fixture.clientIds.at(1)});
        CHECK(builder.build(meetings.at(1).meeting.id).rotationClients.first()
            == fixture.clientIds.at(0));
    }
}

TEST_CASE("the agenda brings an action back at every meeting from its follow-up date until a "
          "follow-up is recorded",
    "[chair][followup]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        workspace.setActorId(1);
        ChairFixture fixture(workspace);
        // Every other Tuesday from 5 January 2027: 19/1, 2/2, 16/2, 2/3 …
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const auto meetings = workspace.series().meetings(series.id);
        REQUIRE(meetings.size() > 5);
        Action action;
        action.meetingId = meetings.at(0).meeting.id;
        action.clientId = fixture.clientIds.at(0);
        action.what = QStringLiteral("Ny fallriskbedömning");
        action.responsibleId = fixture.nurseId;
        action.followUpDays = 28; // due back on 2 February
        action.id = workspace.actions().create(action, fixture.chairId);

        AgendaBuilder builder(workspace);
        const auto comesBack = [&](int index) {
            return builder.build(meetings.at(index).meeting.id).followUpActions.contains(action.id);
        };
        CHECK_FALSE(comesBack(1));
        CHECK(comesBack(2));
        // The meeting after: it stays on the agenda until followed up or closed.
        CHECK(comesBack(3));
        CHECK(titles(workspace, meetings.at(3).meeting.id)
                  .contains(QStringLiteral("Uppföljning: Ny fallriskbedömning")));

        // Followed up on 16 February: next on 2 March (28 days on from 2 February).
        const Action followed = ActionList(workspace).recordFollowUp(
            *workspace.actions().byId(action.id), meetings.at(3).meeting);
        CHECK(followed.nextFollowUpDate == QDate(2027, 3, 2));
        CHECK(workspace.actions().byId(action.id)->nextFollowUpDate == QDate(2027, 3, 2));
        CHECK(ActionList(workspace).followUpsFor(meetings.at(3).meeting).isEmpty());
        CHECK(comesBack(4));
        CHECK(stockholmDate(meetings.at(4).meeting.startUtc) == QDate(2027, 3, 2));

        ActionList(workspace).markDone(action.id);
        CHECK_FALSE(comesBack(5));
    }
}
