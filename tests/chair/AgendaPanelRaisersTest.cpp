// The chair's agenda names who raised its items and preselects the chair
// as the next raiser without reading the whole staff; the staff of the
// meeting's day is read when the raiser is first chosen.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/agenda/AgendaService.h"
#include "storage/PersonRepository.h"
#include "support/Screenshots.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "ui/chair/AgendaPanel.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace tf;

TEST_CASE("the agenda names its raisers and reads the staff when a raiser is first chosen",
    "[chair][agenda]")
{
    for (const auto &backend : test::testBackends()) {
        INFO(backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::TeamFixture team = test::makeTeam(workspace);
        workspace.setActorId(team.leadId);
        const QDate day(2026, 4, 15);
        const qint64 meetingId
            = test::makeForumMeeting(workspace, team.unitId, "teammote", day, team.leadId);
        Person leaver;
        leaver.name = QStringLiteral("Lena Lämnat");
        leaver.id = workspace.people().create(leaver, team.leadId);
        Person colleague;
        colleague.name = QStringLiteral("Kalle Kollega");
        colleague.id = workspace.people().create(colleague, team.leadId);
        AgendaItem raised;
        raised.meetingId = meetingId;
        raised.title = QStringLiteral("Nya larmrutiner");
        raised.raisedById = leaver.id;
        workspace.agenda().add(raised);
        // She raised the item, then left before the meeting.
        workspace.people().setEndsOn(
            *workspace.people().byId(leaver.id), day.addDays(-7), team.leadId);

        AgendaPanel panel(workspace);
        panel.show();
        panel.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&panel));
        panel.setMeeting(meetingId);
        auto *raiser = panel.findChild<QComboBox *>(QStringLiteral("agendaRaisedByComboBox"));
        REQUIRE(raiser);
        auto *table = panel.findChild<QTableWidget *>();
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 2)->text() == leaver.name); // who raised it, by name
        CHECK(raiser->currentData().toLongLong() == team.leadId); // the chair raises the next
        CHECK(raiser->findData(leaver.id) >= 0);
        CHECK(raiser->findData(colleague.id) == -1); // the staff is not read yet

        raiser->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([&] { return raiser->findData(colleague.id) >= 0; }, 5000));
        CHECK(raiser->currentData().toLongLong() == team.leadId); // still chosen
        CHECK(raiser->findData(team.nurseId) >= 0);
        CHECK(raiser->findData(leaver.id) >= 0); // named in the agenda, though she has left
        CHECK(raiser->itemText(0) == QStringLiteral("Ej angivet"));
        test::saveScreenshotIfAsked(&panel, QStringLiteral("agenda-raisers"));
    }
}
