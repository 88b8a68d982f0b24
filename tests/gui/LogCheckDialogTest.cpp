// The loggkontroll in the window: the enhetschef sees which units' last
// month is unchecked, draws a unit's month, judges each read and saves it.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "services/Directory.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/shell/LogCheckDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tf;

TEST_CASE("the loggkontroll dialog draws, judges and saves a unit's month", "[logcheck][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    Person person;
    person.name = QStringLiteral("Olle Utanför");
    const qint64 outsider = workspace.people().create(person, f.chairId);
    const QDate last = QDate::currentDate().addMonths(-1);
    AccessLogEntry read;
    read.accessedUtc = QDateTime(QDate(last.year(), last.month(), 3), QTime(10, 0), Qt::UTC);
    read.personId = outsider;
    read.clientId = f.clientId;
    read.kind = AccessKind::ClientRecord;
    read.purpose = accessPurposeKey(AccessPurpose::MyClients);
    workspace.accessLog().record(read);

    LogCheckDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString month = last.toString(QStringLiteral("yyyy-MM"));
    auto *overdue = dialog.findChild<QLabel *>(QStringLiteral("overdueLabel"));
    REQUIRE(overdue);
    CHECK(overdue->text().contains(QStringLiteral("Försenad")));
    dialog.findChild<QSpinBox *>(QStringLiteral("sampleSpinBox"))->setValue(0);
    REQUIRE(dialog.prepare());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("checkRowsTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Olle Utanför"));
    // On screen the reviewer sees whose data was read, by name.
    const QString clientName = workspace.directory().client(f.clientId)->name;
    REQUIRE_FALSE(clientName.isEmpty());
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Kund"));
    CHECK(table->item(0, 2)->text() == clientName);
    CHECK(table->item(0, 5)->text() == QStringLiteral("Utan vårdrelation"));
    auto *judgement = qobject_cast<QComboBox *>(table->cellWidget(0, 6));
    REQUIRE(judgement);
    judgement->setCurrentIndex(1);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("loggkontroll"));

    const QStringList unnamed = test::widgetsWithoutAccessibleName(&dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(&dialog));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());

    {
        // To be investigated needs a note; nothing is saved without one.
        test::ShownMessages shown;
        CHECK_FALSE(dialog.save());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("anteckning")));
    }
    CHECK_FALSE(savedLogCheck(workspace, f.unitId, month));
    table->item(0, 7)->setText(QStringLiteral("Fråga Olle."));
    REQUIRE(dialog.save());
    const auto saved = savedLogCheck(workspace, f.unitId, month);
    REQUIRE(saved);
    CHECK(saved->reviewerId == f.chairId);
    REQUIRE(saved->rows.size() == 1);
    CHECK(saved->rows.first().judgement == CheckJudgement::Investigate);
    CHECK(saved->rows.first().note == QStringLiteral("Fråga Olle."));
    // The saved protocol still names no client.
    QSqlQuery stored(workspace.database().connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT * FROM access_log_check_row")));
    while (stored.next())
        for (int i = 0; i < stored.record().count(); ++i)
            CHECK_FALSE(stored.value(i).toString().contains(clientName));

    // Earlier checks: the one saved, with the reviewer, and the year summed up.
    auto *earlier = dialog.findChild<QTableWidget *>(QStringLiteral("earlierChecksTable"));
    REQUIRE(earlier);
    REQUIRE(earlier->rowCount() == 1);
    CHECK(earlier->item(0, 1)->text() == month);
    CHECK(earlier->item(0, 2)->text() == workspace.directory().person(f.chairId)->name);
    CHECK(earlier->item(0, 4)->text() == QStringLiteral("1"));
    CHECK(earlier->item(0, 5)->text() == QStringLiteral("1"));
    CHECK(earlier->item(0, 6)->text() == QStringLiteral("Ja"));
    auto *summary = dialog.findChild<QTableWidget *>(QStringLiteral("yearSummaryTable"));
    REQUIRE(summary);
    int unitRow = -1;
    for (int row = 0; row < summary->rowCount(); ++row)
        if (summary->item(row, 0)->text() == earlier->item(0, 0)->text())
            unitRow = row;
    REQUIRE(unitRow >= 0);
    CHECK(summary->item(unitRow, 1)->text() == QStringLiteral("1"));
    CHECK(summary->item(unitRow, 3)->text() == QStringLiteral("1"));
    CHECK(overdue->text().contains(QStringLiteral("är sparad")));

    // A second check of the month replaces the first, which stays listed.
    REQUIRE(dialog.prepare());
    qobject_cast<QComboBox *>(table->cellWidget(0, 6))->setCurrentIndex(0);
    REQUIRE(dialog.save());
    REQUIRE(earlier->rowCount() == 2);
    CHECK(earlier->item(0, 6)->text() == QStringLiteral("Ja"));
    CHECK(earlier->item(1, 6)->text().startsWith(QStringLiteral("Nej")));
    CHECK(summary->item(unitRow, 3)->text() == QStringLiteral("0"));
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    test::saveScreenshotIfAsked(&dialog, QStringLiteral("loggkontroll-tidigare"));
    const QStringList unnamedEarlier = test::widgetsWithoutAccessibleName(&dialog);
    INFO(unnamedEarlier.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamedEarlier.isEmpty());
    const QStringList englishEarlier = test::englishWords(test::visibleTexts(&dialog));
    INFO(englishEarlier.join(QLatin1Char(' ')).toStdString());
    CHECK(englishEarlier.isEmpty());
}
