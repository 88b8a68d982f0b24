// The loggkontroll in the window: the enhetschef sees which units' last
// month is unchecked, draws a unit's month, judges each read and saves it.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/PersonRepository.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/shell/LogCheckDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
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
    auto *overdue = dialog.findChildren<QLabel *>().first();
    CHECK(overdue->text().contains(QStringLiteral("Försenad")));
    dialog.findChild<QSpinBox *>()->setValue(0);
    REQUIRE(dialog.prepare());
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Olle Utanför"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Utan vårdrelation"));
    auto *judgement = qobject_cast<QComboBox *>(table->cellWidget(0, 5));
    REQUIRE(judgement);
    judgement->setCurrentIndex(1);

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
    table->item(0, 6)->setText(QStringLiteral("Fråga Olle."));
    REQUIRE(dialog.save());
    const auto saved = savedLogCheck(workspace, f.unitId, month);
    REQUIRE(saved);
    CHECK(saved->reviewerId == f.chairId);
    REQUIRE(saved->rows.size() == 1);
    CHECK(saved->rows.first().judgement == CheckJudgement::Investigate);
    CHECK(saved->rows.first().note == QStringLiteral("Fråga Olle."));
}
