// E-mail addresses for invitations, typed in the team dialog: saved to the
// person, refused in Swedish when they have no form of an address.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/TeamDialog.h"
#include "ui/common/MessageBox.h"

#include <QPushButton>
#include <QTableWidget>

using namespace tf;
using tf::test::child;

namespace {
void typeEmail(TeamDialog &dialog, qint64 personId, const QString &email)
{
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("teamTableWidget"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == personId)
            table->item(row, 4)->setText(email);
    }
}
} // namespace

TEST_CASE(
    "the team dialog saves a person's e-mail address and refuses a malformed one", "[import][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    workspace.setActorId(fixture.chairId);
    const Unit unit = *workspace.units().byId(fixture.unitId);
    QStringList shown;
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        shown << text;
        return QMessageBox::Ok;
    });
    struct RestoreBoxes
    {
        ~RestoreBoxes() { MessageBox::setHandler({}); }
    } restore;

    TeamDialog dialog(workspace, unit);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.show();
    const QString before = workspace.people().byId(fixture.nurseId)->email;
    typeEmail(dialog, fixture.nurseId, QStringLiteral("sara@kommun"));
    child<QPushButton>(&dialog, QStringLiteral("saveTeamButton"))->click();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("har inte formen namn@exempel.se")));
    CHECK(workspace.people().byId(fixture.nurseId)->email == before);
    CHECK(dialog.isVisible()); // what was typed stays to be corrected

    typeEmail(dialog, fixture.nurseId, QStringLiteral("sara.sjostrom@kommun.se"));
    child<QPushButton>(&dialog, QStringLiteral("saveTeamButton"))->click();
    CHECK(shown.size() == 1);
    CHECK(workspace.people().byId(fixture.nurseId)->email
        == QStringLiteral("sara.sjostrom@kommun.se"));
}
