// The unit's egenkontroller in the window: what is due, and a result
// recorded for the chosen one; a result without a finding is refused and
// the form kept.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/Accessibility.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/quality/SelfInspectionDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace tf;

TEST_CASE("the egenkontroll dialog shows what is due and records a result", "[selfinspection][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace, {});
    workspace.setActorId(team.leadId);

    SelfInspectionDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table->rowCount() == 11);
    int narcotics = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("Läkemedelstillsyn: narkotiska preparat"))
            narcotics = row;
    }
    REQUIRE(narcotics >= 0);
    CHECK(table->item(narcotics, 1)->text() == QStringLiteral("Varje månad"));
    CHECK(table->item(narcotics, 3)->text() == QStringLiteral("Ska göras"));
    CHECK(table->item(narcotics, 4)->text() == QStringLiteral("aldrig"));

    table->selectRow(narcotics);
    auto *finding = dialog.findChild<QPlainTextEdit *>();
    {
        test::ShownMessages shown;
        CHECK_FALSE(dialog.record());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("visade")));
    }
    finding->setPlainText(QStringLiteral("Saldot stämde mot journalen."));
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Inget att åtgärda."));
    REQUIRE(dialog.record());
    CHECK(table->item(narcotics, 3)->text() == QStringLiteral("Gjord"));
    CHECK(table->item(narcotics, 4)->text() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(finding->toPlainText().isEmpty());
    // The same one stays chosen for the next result.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("chosenInspection"))->text()
        == QStringLiteral("Läkemedelstillsyn: narkotiska preparat"));

    dialog.resize(1366, 700);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("self-inspections"));
    const QStringList unnamed = test::widgetsWithoutAccessibleName(&dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(&dialog));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());
}

TEST_CASE(
    "the egenkontroll dialog says what to do when there is no unit yet", "[selfinspection][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    SelfInspectionDialog dialog(workspace);
    CHECK(dialog.findChild<QTableWidget *>()->rowCount() == 0);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("chosenInspection"))
              ->text()
              .contains(QStringLiteral("Ny enhet")));
    CHECK_FALSE(dialog.record());
}
