// Avvikelser and klagomål in the window: the period's chart with its table,
// registering (a client's name refused, the text kept), importing a CSV,
// and a complaint answered. Swedish throughout, every control named.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/quality/Complaints.h"
#include "services/quality/Deviations.h"
#include "support/Accessibility.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/common/FileDialog.h"
#include "ui/quality/ComplaintsDialog.h"
#include "ui/quality/DeviationSummaryChart.h"
#include "ui/quality/DeviationsDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tf;

namespace {
void checkSwedishAndNamed(QWidget *dialog)
{
    const QStringList unnamed = test::widgetsWithoutAccessibleName(dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(dialog));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());
}

int tableCount(QTableWidget *table, const QString &row, int column)
{
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text() == row)
            return table->item(i, column)->text().toInt();
    }
    return -1;
}
} // namespace

TEST_CASE("the deviations dialog charts the period and registers and imports deviations",
    "[deviation][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.leadId);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 3; ++i) {
        Deviation d;
        d.unitId = team.unitId;
        d.occurredOn = today.addDays(-i);
        d.category = i < 2 ? DeviationCategory::Fall : DeviationCategory::Medication;
        d.description = QStringLiteral("Händelse %1 i korridoren").arg(i + 1);
        saveDeviation(workspace, d);
    }

    DeviationsDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *byCategory = dialog.categoryChart()->table();
    CHECK(tableCount(byCategory, QStringLiteral("Fall"), 1) == 2);
    CHECK(tableCount(byCategory, QStringLiteral("Läkemedel"), 1) == 1);
    // The chart draws the same figures, the previous period first.
    const QStringList bars = dialog.categoryChart()->drawnBars();
    CHECK(bars.contains(QStringLiteral("Fall: 0, 2")));
    CHECK(bars.contains(QStringLiteral("Läkemedel: 0, 1")));
    CHECK(dialog.list()->rowCount() == 3);
    checkSwedishAndNamed(&dialog);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("deviations"));

    QLineEdit *description = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Beskrivning"))
            description = edit;
    }
    REQUIRE(description);
    description->setText(QStringLiteral("Greta Gran föll i matsalen"));
    {
        test::ShownMessages shown;
        CHECK_FALSE(dialog.registerDeviation());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("kundens namn")));
    }
    CHECK(description->text() == QStringLiteral("Greta Gran föll i matsalen"));
    description->setText(QStringLiteral("Kund föll i matsalen"));
    REQUIRE(dialog.registerDeviation());
    CHECK(dialog.list()->rowCount() == 4);
    CHECK(tableCount(byCategory, QStringLiteral("Fall"), 1) == 3); // the form's first category

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("avvikelser.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Datum;Kategori;Allvarlighetsgrad;Beskrivning\n%1;Hjälpmedel;"
                              "Lindrig;Lyftsele trasig\n")
                   .arg(today.toString(Qt::ISODate))
                   .toUtf8());
    file.close();
    FileDialog::setHandler([&](const QString &, const QString &) { return path; });
    const bool imported = dialog.importCsv();
    FileDialog::setHandler({});
    REQUIRE(imported);
    CHECK(tableCount(byCategory, QStringLiteral("Hjälpmedel"), 1) == 1);
    CHECK(dialog.list()->rowCount() == 5);
}

TEST_CASE(
    "the complaints dialog registers a complaint and records its feedback", "[complaint][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.leadId);

    ComplaintsDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkSwedishAndNamed(&dialog);
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *summary = nullptr;
    QLineEdit *feedback = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == QStringLiteral("Sammanfattning"))
            summary = edit;
        if (edit->accessibleName() == QStringLiteral("Återkoppling"))
            feedback = edit;
    }
    REQUIRE(summary);
    REQUIRE(feedback);
    summary->setText(QStringLiteral("Anhörig saknar svar om besökstider"));
    REQUIRE(dialog.registerComplaint());
    REQUIRE(dialog.list()->rowCount() == 1);
    CHECK(dialog.list()->item(0, 3)->text() == QStringLiteral("Öppen"));
    dialog.list()->setCurrentCell(0, 0);
    feedback->setText(QStringLiteral("Besökstiderna skickade till alla anhöriga"));
    REQUIRE(dialog.recordFeedback());
    CHECK(dialog.list()->item(0, 3)->text() == QStringLiteral("Återkopplad"));
    CHECK(complaintsOf(workspace, team.unitId, true).isEmpty());
}
