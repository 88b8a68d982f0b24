#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/Unit.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QTimeZone>

using namespace tf;
using tf::test::testBackends;

TEST_CASE("a meeting keeps its time, participants and agenda", "[storage][meetings]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto team = test::makeTeam(workspace);

        Meeting meeting;
        meeting.unitId = team.unitId;
        meeting.templateId = workspace.templates().all().at(2).id;
        meeting.startUtc = QDateTime(QDate(2026, 3, 3), QTime(13, 0), QTimeZone::utc());
        meeting.minutes = 30;
        meeting.location = QStringLiteral("Dagrummet");
        meeting.chairId = team.leadId;
        const qint64 meetingId = workspace.meetings().create(meeting, team.leadId);

        const auto stored = workspace.meetings().byId(meetingId);
        REQUIRE(stored);
        CHECK(stored->startUtc == meeting.startUtc);
        CHECK(stored->status == MeetingStatus::Planned);
        const auto inMarch = workspace.meetings().byUnit(team.unitId,
            QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc()));
        CHECK(inMarch.size() == 1);

        Participant nurse;
        nurse.meetingId = meetingId;
        nurse.personId = team.nurseId;
        nurse.role = QStringLiteral("Sjuksköterska");
        nurse.attendance = Attendance::Absent;
        nurse.substituteId = team.leadId;
        workspace.meetings().setParticipant(nurse, team.leadId);
        const auto participants = workspace.meetings().participants(meetingId);
        REQUIRE(participants.size() == 1);
        CHECK(participants.first().attendance == Attendance::Absent);
        CHECK(participants.first().substituteId == team.leadId);

        AgendaItem first;
        first.meetingId = meetingId;
        first.title = QStringLiteral("Greta: fallrisk");
        first.clientId = team.clientId;
        const qint64 firstId = workspace.meetings().addAgendaItem(first, team.nurseId);
        AgendaItem second;
        second.meetingId = meetingId;
        second.title = QStringLiteral("Kunder till nästa möte");
        workspace.meetings().addAgendaItem(second, team.leadId);
        const auto items = workspace.meetings().agendaItems(meetingId);
        REQUIRE(items.size() == 2);
        CHECK(items.at(0).id == firstId);
        CHECK(items.at(0).position < items.at(1).position);
        CHECK(items.at(0).clientId == team.clientId);

        Meeting stale = *stored;
        Meeting moved = *stored;
        moved.startUtc = moved.startUtc.addDays(1);
        workspace.meetings().save(moved, team.leadId);
        stale.location = QStringLiteral("Annat rum");
        CHECK_THROWS_AS(workspace.meetings().save(stale, team.leadId), StorageError);
    }
}

TEST_CASE(
    "actions are found by unit, person and status, and closing records who", "[storage][actions]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto team = test::makeTeam(workspace);
        Meeting meeting;
        meeting.unitId = team.unitId;
        meeting.startUtc = QDateTime(QDate(2026, 3, 3), QTime(13, 0), QTimeZone::utc());
        meeting.minutes = 30;
        const qint64 meetingId = workspace.meetings().create(meeting, team.leadId);

        Action action;
        action.meetingId = meetingId;
        action.clientId = team.clientId;
        action.what = QStringLiteral("Göra ny fallriskbedömning");
        action.responsibleId = team.nurseId;
        action.dueDate = QDate(2026, 3, 17);
        action.followUpDays = 14;
        action.feedbackToClient = true;
        const qint64 id = workspace.actions().create(action, team.leadId);

        CHECK(workspace.actions().byUnit(team.unitId).size() == 1);
        CHECK(workspace.actions().byResponsible(team.nurseId, ActionStatus::Open).size() == 1);
        const Action stored = workspace.actions().byId(id).value();
        CHECK(stored.isOverdue(QDate(2026, 3, 18)));
        CHECK_FALSE(stored.isOverdue(QDate(2026, 3, 17)));
        CHECK(stored.feedbackToClient);

        workspace.actions().markDone(stored, team.nurseId);
        const Action done = workspace.actions().byId(id).value();
        CHECK(done.status == ActionStatus::Done);
        CHECK(done.doneById == team.nurseId);
        CHECK(done.doneUtc.isValid());
        CHECK(workspace.actions().byUnit(team.unitId, ActionStatus::Open).isEmpty());
        CHECK_THROWS_AS(workspace.actions().markDone(stored, team.nurseId), StorageError);
    }
}
