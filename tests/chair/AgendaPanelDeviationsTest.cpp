// The chair's agenda offers "Ta upp avvikelser" at a kvalitetsmöte only, and
// it puts the three months before the meeting's month on the agenda.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/quality/Deviations.h"
#include "storage/MeetingRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "ui/chair/AgendaPanel.h"

#include <QPushButton>

using namespace tf;

TEST_CASE("the chair takes up the deviations at a kvalitetsmöte", "[deviation][chair]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.leadId);
    for (const QDate &day : {QDate(2026, 1, 5), QDate(2026, 3, 31), QDate(2026, 4, 1)}) {
        Deviation d;
        d.unitId = team.unitId;
        d.occurredOn = day;
        d.category = DeviationCategory::Fall;
        d.description = QStringLiteral("Föll i hallen");
        saveDeviation(workspace, d);
    }
    const qint64 quality = test::makeForumMeeting(
        workspace, team.unitId, "kvalitetsmote", QDate(2026, 4, 14), team.leadId);
    const qint64 teamMeeting = test::makeForumMeeting(
        workspace, team.unitId, "teammote", QDate(2026, 4, 15), team.leadId);

    AgendaPanel panel(workspace);
    panel.show();
    panel.setMeeting(teamMeeting);
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("takeUpDeviationsButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisible());
    panel.setMeeting(quality);
    CHECK(button->isVisible());
    button->click();
    // January to March: two falls, the one of April 1 is not in the period.
    int found = 0;
    for (const AgendaItem &item : workspace.meetings().agendaItems(quality)) {
        if (item.title == QStringLiteral("Avvikelser: Fall")) {
            ++found;
            CHECK(item.body.startsWith(QStringLiteral("2026-01-01 – 2026-03-31: 2 avvikelser")));
        }
    }
    CHECK(found == 1);
}
