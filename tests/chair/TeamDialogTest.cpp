// Closing the chair's team dialog never loses a tick without asking.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "storage/PersonRepository.h"
#include "storage/TeamRepository.h"
#include "storage/UnitRepository.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/WidgetChecks.h"
#include "ui/chair/TeamDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tf;
using tf::test::child;

namespace {
bool isMember(Workspace &workspace, qint64 unitId, qint64 personId)
{
    const auto members = workspace.teams().members(unitId, QStringLiteral("teammote"));
    return std::any_of(members.begin(), members.end(),
        [&](const TeamMember &m) { return m.personId == personId; });
}

// Unticks the person in the open dialog, as Space on the row would.
void untick(TeamDialog &dialog, qint64 personId)
{
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("teamTableWidget"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == personId)
            table->item(row, 0)->setCheckState(Qt::Unchecked);
    }
}
} // namespace

TEST_CASE("closing the team dialog asks to save, discard or keep editing", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    workspace.setActorId(fixture.chairId);
    const Unit unit = *workspace.units().byId(fixture.unitId);
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    MessageBox::setHandler([&](QMessageBox::Icon, const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    struct RestoreBoxes
    {
        ~RestoreBoxes() { MessageBox::setHandler({}); }
    } restore;

    {
        TeamDialog dialog(workspace, unit);
        dialog.selectForum(QStringLiteral("teammote"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *close = child<QPushButton>(&dialog, QStringLiteral("closeTeamButton"));
        CHECK(close->text() == QStringLiteral("Stäng"));

        // Nothing changed: Close closes without a question.
        QTest::mouseClick(close, Qt::LeftButton);
        CHECK_FALSE(dialog.isVisible());
        CHECK(questions.isEmpty());

        // Keep editing: the dialog and the change stay.
        dialog.show();
        untick(dialog, fixture.nurseId);
        QTest::mouseClick(close, Qt::LeftButton);
        REQUIRE(questions.size() == 1);
        CHECK(questions.first().contains(QStringLiteral("inte är sparade")));
        CHECK(dialog.isVisible());
        CHECK(isMember(workspace, fixture.unitId, fixture.nurseId));

        // Discard with Escape's question answered No: closed, store untouched.
        answer = QMessageBox::No;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(questions.size() == 2);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(isMember(workspace, fixture.unitId, fixture.nurseId));
    }
    {
        // Save: the unticked nurse leaves the team, the dialog closes.
        TeamDialog dialog(workspace, unit);
        dialog.selectForum(QStringLiteral("teammote"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        untick(dialog, fixture.nurseId);
        answer = QMessageBox::Yes;
        QTest::mouseClick(
            child<QPushButton>(&dialog, QStringLiteral("closeTeamButton")), Qt::LeftButton);
        CHECK(questions.size() == 3);
        CHECK_FALSE(dialog.isVisible());
        CHECK_FALSE(isMember(workspace, fixture.unitId, fixture.nurseId));
        CHECK(isMember(workspace, fixture.unitId, fixture.chairId));
    }
}

TEST_CASE(
    "an adjunct added in the team dialog is shown at once and not added twice", "[chair][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    workspace.setActorId(fixture.chairId);
    const Unit unit = *workspace.units().byId(fixture.unitId);
    test::ShownMessages shown(QMessageBox::No);
    const QStringList &questions = shown.texts;

    TeamDialog dialog(workspace, unit);
    dialog.selectForum(QStringLiteral("teammote"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("teamTableWidget"));
    auto rowsNamed = [&](const QString &name) {
        QList<int> rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == name)
                rows << row;
        }
        return rows;
    };
    const int peopleBefore = int(workspace.people().all().size());
    child<QLineEdit>(&dialog, QStringLiteral("newPersonNameLineEdit"))
        ->setText(QStringLiteral("Lars Läkare"));
    child<QLineEdit>(&dialog, QStringLiteral("newPersonProfessionLineEdit"))
        ->setText(QStringLiteral("Läkare"));
    auto *kind = child<QComboBox>(&dialog, QStringLiteral("newPersonKindComboBox"));
    kind->setCurrentIndex(kind->findData(true));
    child<QPushButton>(&dialog, QStringLiteral("addPersonButton"))->click();

    // Shown at once, as an adjunct, who cannot be ticked as a team member.
    const QList<int> rows = rowsNamed(QStringLiteral("Lars Läkare"));
    REQUIRE(rows.size() == 1);
    CHECK(table->item(rows.first(), 2)->text().contains(QStringLiteral("adjunkt")));
    CHECK_FALSE(table->item(rows.first(), 0)->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(workspace.people().all().size() == peopleBefore + 1);
    // The fixture's adjunct is on the list too.
    CHECK(rowsNamed(QStringLiteral("Dina Dietist")).size() == 1);

    // The same name again is a question, and "Do not add" adds nobody.
    child<QLineEdit>(&dialog, QStringLiteral("newPersonNameLineEdit"))
        ->setText(QStringLiteral("lars läkare"));
    child<QPushButton>(&dialog, QStringLiteral("addPersonButton"))->click();
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("finns redan")));
    CHECK(workspace.people().all().size() == peopleBefore + 1);
    CHECK(rowsNamed(QStringLiteral("Lars Läkare")).size() == 1);
}
