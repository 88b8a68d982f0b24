// The chair's agenda panel puts clients on an agenda through the same door
// as everyone else: a samordningsmöte refuses a client without consent.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "ui/chair/AgendaPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace tf;

TEST_CASE("the chair cannot put a client without consent on a samordningsmöte", "[chair][consent]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.leadId);
    const qint64 meeting = test::makeForumMeeting(
        workspace, team.unitId, "samordningsmote", QDate(2026, 5, 6), team.leadId);

    AgendaPanel panel(workspace);
    panel.setMeeting(meeting);
    auto *title = panel.findChild<QLineEdit *>(QStringLiteral("agendaTitleLineEdit"));
    auto *client = panel.findChild<QComboBox *>(QStringLiteral("agendaClientComboBox"));
    REQUIRE(title);
    REQUIRE(client);
    title->setText(QStringLiteral("Greta: utskrivning från sjukhus"));
    client->setCurrentIndex(client->findData(team.clientId));
    REQUIRE(client->currentIndex() > 0);

    test::ShownMessages shown;
    panel.findChild<QPushButton *>(QStringLiteral("addAgendaItemButton"))->click();
    REQUIRE(shown.texts.size() == 1);
    CHECK(shown.texts.first().contains(QStringLiteral("samtycke")));
    CHECK(workspace.meetings().agendaItems(meeting).isEmpty());
    CHECK(title->text() == QStringLiteral("Greta: utskrivning från sjukhus")); // nothing lost
}
