// How the meeting routine was kept, in the window: the enhetschef chooses a
// year and a unit, reads the chart and the table beside it, and saves the
// year's PDF.
#include <catch2/catch.hpp>

#include "quality/HandMadeYear.h"
#include "services/Workspace.h"
#include "support/Accessibility.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/common/FileDialog.h"
#include "ui/quality/ComplianceDialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tf;

TEST_CASE("the compliance dialog shows a unit's year beside its chart and saves the PDF",
    "[compliance][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::HandMadeYear year = test::makeHandMadeYear(workspace);
    workspace.setActorId(year.team.chairId);

    ComplianceDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>()->setValue(2025);
    auto *unit = dialog.findChild<QComboBox *>();
    CHECK(unit->itemText(0) == QStringLiteral("Alla enheter"));
    unit->setCurrentIndex(unit->findData(year.team.unitId));
    REQUIRE(dialog.showReport());

    auto *table = dialog.findChild<QTableWidget *>();
    int teammote = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QStringLiteral("Teammöte"))
            teammote = row;
    }
    REQUIRE(teammote >= 0);
    CHECK(table->item(teammote, 2)->text() == QStringLiteral("22"));
    CHECK(table->item(teammote, 3)->text() == QStringLiteral("26"));
    CHECK(table->item(teammote, 6)->text() == QStringLiteral("15 av 22"));

    // The chart draws the same figures: the routine's and the held bars.
    auto *series
        = qobject_cast<QBarSeries *>(dialog.findChild<QChartView *>()->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 2);
    CHECK(series->barSets().at(0)->label() == QStringLiteral("Enligt rutinen"));
    CHECK(series->barSets().at(1)->sum() == 22 + 8); // teammöten and APT held

    dialog.resize(1366, 700);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("compliance-year"));
    const QStringList unnamed = test::widgetsWithoutAccessibleName(&dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(&dialog));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("rutinen.pdf"));
    FileDialog::setHandler([&](const QString &, const QString &) { return path; });
    const bool saved = dialog.savePdf();
    FileDialog::setHandler({});
    CHECK(saved);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}
