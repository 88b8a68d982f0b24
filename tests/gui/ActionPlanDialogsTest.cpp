// Handlingsplaner and the årshjul in their windows: a plan written, given an
// action and signed off, then shown read-only; a month of the årshjul given
// the unit's own topics and returned to the organisation's.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/quality/ActionPlans.h"
#include "services/quality/AptYearWheel.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "ui/quality/ActionPlansDialog.h"
#include "ui/quality/YearWheelDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tf;

namespace {
QLineEdit *lineNamed(QWidget &dialog, const QString &name)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == name)
            return edit;
    }
    FAIL("no line edit " << name.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("a handlingsplan written, followed and signed off in its window", "[actionplan][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::TeamSpec spec;
    spec.leadProfession = QStringLiteral("Enhetschef");
    const test::TeamFixture team = test::makeTeam(workspace, spec);
    workspace.setActorId(team.leadId);

    ActionPlansDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.plans()->rowCount() == 0);
    {
        // Without an area nothing is saved, and the message says what is missing.
        test::ShownMessages shown;
        CHECK_FALSE(dialog.savePlan());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("förbättringsområdet")));
    }
    lineNamed(dialog, QStringLiteral("Förbättringsområde"))
        ->setText(QStringLiteral("Överlämning av ordinationer"));
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Mål"))
            edit->setPlainText(QStringLiteral("Mottagaren har förstått instruktionerna."));
    }
    REQUIRE(dialog.savePlan());
    REQUIRE(dialog.plans()->rowCount() == 1);
    CHECK(dialog.plans()->item(0, 3)->text() == QStringLiteral("Öppen"));

    lineNamed(dialog, QStringLiteral("Vad som ska göras"))
        ->setText(QStringLiteral("Utbildning för nyanställda"));
    lineNamed(dialog, QStringLiteral("Vem som gör det"))->setText(QStringLiteral("MAR"));
    lineNamed(dialog, QStringLiteral("Klar senast dagen"))->setText(QStringLiteral("31/12"));
    {
        test::ShownMessages shown;
        CHECK_FALSE(dialog.addStep());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("ÅÅÅÅ-MM-DD")));
    }
    CHECK(lineNamed(dialog, QStringLiteral("Vad som ska göras"))->text()
        == QStringLiteral("Utbildning för nyanställda"));
    lineNamed(dialog, QStringLiteral("Klar senast dagen"))
        ->setText(QDate::currentDate().addDays(20).toString(Qt::ISODate));
    REQUIRE(dialog.addStep());
    REQUIRE(dialog.steps()->rowCount() == 1);
    CHECK(dialog.steps()->item(0, 1)->text() == QStringLiteral("MAR"));
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("action-plans"));

    REQUIRE(dialog.signOff());
    CHECK(dialog.plans()->item(0, 3)->text() == QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(lineNamed(dialog, QStringLiteral("Förbättringsområde"))->isEnabled());
    CHECK_FALSE(ActionPlans(workspace).of(team.unitId, false).first().isOpen());
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("action-plans-signed-off"));
}

TEST_CASE("a month of the årshjul given the unit's own topics in its window", "[arshjul][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace, {});
    workspace.setActorId(team.leadId);

    YearWheelDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *months = dialog.months();
    REQUIRE(months->rowCount() == 12);
    CHECK(months->item(2, 0)->text() == QStringLiteral("Mars"));
    CHECK(months->item(2, 1)->text().contains(QStringLiteral("Skyddsrond")));
    CHECK(months->item(6, 1)->text() == QStringLiteral("Inga ämnen för APT"));
    CHECK(months->item(2, 2)->text() == QStringLiteral("Organisationens"));

    months->selectRow(2);
    CHECK(dialog.topics()->toPlainText().contains(QStringLiteral("Skyddsrond")));
    dialog.topics()->setPlainText(QStringLiteral("Skyddsrond\nNy larmrutin nattetid\n"));
    REQUIRE(dialog.saveOwn());
    CHECK(months->item(2, 2)->text() == QStringLiteral("Enhetens egna"));
    CHECK(AptYearWheel(workspace).month(team.unitId, 3).topics
        == QStringList {QStringLiteral("Skyddsrond"), QStringLiteral("Ny larmrutin nattetid")});
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("year-wheel"));

    REQUIRE(dialog.useOrganisation());
    CHECK(months->item(2, 2)->text() == QStringLiteral("Organisationens"));
    CHECK_FALSE(AptYearWheel(workspace).month(team.unitId, 3).own);
}
