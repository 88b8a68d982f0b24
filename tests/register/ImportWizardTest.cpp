// The import wizard: what it detects and shows, the preview with rejected
// rows and their reasons, nothing saved without choosing the good rows, the
// report; Swedish, named for screen readers, one Alt+letter each.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "services/Workspace.h"
#include "services/register/ImportMappings.h"
#include "storage/ClientRepository.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/Accessibility.h"
#include "support/Mnemonics.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/shell/ImportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tf;

namespace {
void checkPage(ImportWizard &wizard, const char *where)
{
    INFO(where);
    const QStringList unnamed = test::widgetsWithoutAccessibleName(&wizard);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList duplicates = test::duplicateMnemonics(&wizard);
    INFO(duplicates.join(QLatin1Char('\n')).toStdString());
    CHECK(duplicates.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(&wizard));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());
}
} // namespace

TEST_CASE("the import wizard previews rejected rows and imports the good ones when asked",
    "[import][gui]")
{
    QSettings().remove(QStringLiteral("import"));
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    Person chief;
    chief.name = QStringLiteral("Eva Enhetschef");
    chief.profession = QStringLiteral("Enhetschef");
    workspace.setActorId(workspace.people().create(chief, 0));
    Unit unit;
    unit.name = QStringLiteral("Ekbacken");
    workspace.units().create(unit, workspace.actorId());

    const QString valid = makePersonnummer(QDate(1940, 1, 2), 33);
    const QString bad
        = valid.left(valid.size() - 1) + QString::number((valid.right(1).toInt() + 1) % 10);
    const QString good = makePersonnummer(QDate(1938, 3, 4), 55);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kunder.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Windows-1252, semicolon, a column only a mapping recognises.
    file.write(QStringLiteral("Personnummer;Namn;Enhet;Lgh nr\r\n%1;Åsa Öberg;Ekbacken;12\r\n"
                              "%2;Bo Ek;Ekbacken;13\r\n")
                   .arg(good, bad)
                   .toLatin1());
    file.close();

    ImportWizard wizard(workspace);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.chooseFile(path);
    const QString detected
        = wizard.findChild<QLabel *>(QStringLiteral("importDetectedLabel"))->text();
    CHECK(detected.contains(QStringLiteral("Windows-1252")));
    CHECK(detected.contains(QStringLiteral("semikolon")));
    CHECK(detected.contains(QStringLiteral("2 rader")));
    checkPage(wizard, "file");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("importMappingTable"));
    REQUIRE(mapping->rowCount() == 4);
    auto *apartment = qobject_cast<QComboBox *>(mapping->cellWidget(3, 2));
    CHECK(apartment->currentText() == QStringLiteral("(används inte)"));
    apartment->setCurrentIndex(apartment->findText(QStringLiteral("lägenhet")));
    checkPage(wizard, "columns");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(ImportMappings::remembered(RegisterKind::Clients).value(QStringLiteral("Lgh nr"))
        == QStringLiteral("lägenhet"));
    auto *rows = wizard.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->item(0, 1)->text() == QStringLiteral("Ny"));
    CHECK(rows->item(1, 0)->text() == QStringLiteral("3"));
    CHECK(rows->item(1, 1)->text() == QStringLiteral("Avvisas"));
    CHECK(rows->item(1, 2)->text().contains(QStringLiteral("Personnumret")));
    auto *commit = wizard.button(QWizard::CommitButton);
    CHECK(commit->text() == QStringLiteral("&Importera"));
    CHECK_FALSE(commit->isEnabled()); // a rejected row: only the good rows may go in
    checkPage(wizard, "preview");
    wizard.findChild<QCheckBox *>(QStringLiteral("importGoodRowsOnlyCheckBox"))->setChecked(true);
    CHECK(commit->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    CHECK(wizard.report().created == 1);
    CHECK(wizard.report().rejected.size() == 1);
    CHECK(wizard.findChild<QPlainTextEdit *>(QStringLiteral("importRejectedText"))
              ->toPlainText()
              .startsWith(QStringLiteral("Rad 3: Personnumret")));
    checkPage(wizard, "report");
    const auto imported = workspace.clients().byPersonnummer(good);
    REQUIRE(imported);
    CHECK(imported->name == QStringLiteral("Åsa Öberg"));
    CHECK(imported->apartment == QStringLiteral("12"));
    CHECK(workspace.clients().all().size() == 1);
    QSettings().remove(QStringLiteral("import"));
}
