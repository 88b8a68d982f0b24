// The retention plan in the window: the enhetschef sees every client with
// the decision, changes the organisation's provider for everyone, and the
// purge happens only after a confirmation that says how many clients go
// and that it cannot be undone.
#include <catch2/catch.hpp>

#include "domain/Client.h"
#include "services/Workspace.h"
#include "services/retention/ProviderSetting.h"
#include "services/retention/RetentionRun.h"
#include "storage/ClientRepository.h"
#include "storage/Query.h"
#include "support/Accessibility.h"
#include "support/MinutesFixture.h"
#include "support/Mnemonics.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "support/VisibleText.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RetentionDialog.h"

#include <QAction>

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tf;

namespace {
QString decisionOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == name)
            return table->item(row, 3)->text();
    }
    return {};
}
} // namespace

TEST_CASE("the retention dialog shows the plan and purges only once confirmed", "[purge][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    workspace.setActorId(f.chairId);
    // Last written three years ago: due for a private provider only.
    Client olle;
    olle.unitId = f.unitId;
    olle.name = QStringLiteral("Olle Olsson");
    olle.personnummer = QStringLiteral("19300316-1233");
    const qint64 olleId = workspace.clients().create(olle, f.chairId);
    Query old(
        workspace.database(), QStringLiteral("UPDATE client SET updated_at = ? WHERE id = ?"));
    old.bind(QStringLiteral("2023-06-01T10:00:00Z")).bind(olleId).exec();

    RetentionDialog dialog(workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>();
    auto *provider = dialog.findChild<QComboBox *>();
    REQUIRE(table);
    REQUIRE(provider);
    CHECK(table->rowCount() == 2);
    CHECK(decisionOf(table, QStringLiteral("Olle Olsson")) == QStringLiteral("Behålls"));
    CHECK(decisionOf(table, QStringLiteral("Greta Gransson")) == QStringLiteral("Behålls"));

    // The provider is the organisation's: stored for everyone.
    provider->setCurrentIndex(provider->findData(static_cast<int>(CareProvider::Private)));
    CHECK(organisationProvider(workspace) == CareProvider::Private);
    CHECK(decisionOf(table, QStringLiteral("Olle Olsson")) == QStringLiteral("Gallras"));

    const QStringList unnamed = test::widgetsWithoutAccessibleName(&dialog);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    const QStringList english = test::englishWords(test::visibleTexts(&dialog));
    INFO(english.join(QLatin1Char(' ')).toStdString());
    CHECK(english.isEmpty());

    QTemporaryDir archive;
    dialog.findChild<QLineEdit *>()->setText(archive.path());
    {
        test::ShownMessages declined(QMessageBox::No);
        CHECK_FALSE(dialog.purge());
        REQUIRE(declined.texts.size() == 1);
        INFO(declined.texts.first().toStdString());
        CHECK(declined.texts.first().contains(QStringLiteral("1 kunder gallras")));
        CHECK(declined.texts.first().contains(QStringLiteral("inte ångras")));
        CHECK(test::englishWords(declined.texts).isEmpty());
    }
    CHECK(workspace.clients().byId(olleId));
    CHECK(purgeProtocols(workspace).isEmpty());
    {
        test::ShownMessages confirmed(QMessageBox::Yes);
        CHECK(dialog.purge());
    }
    CHECK_FALSE(workspace.clients().byId(olleId));
    CHECK(workspace.clients().byId(f.clientId));
    REQUIRE(purgeProtocols(workspace).size() == 1);
    CHECK(table->rowCount() == 1);
    CHECK(decisionOf(table, QStringLiteral("Olle Olsson")).isEmpty());
}

TEST_CASE("the file menu offers the purge and the loggkontroll to the enhetschef only",
    "[purge][logcheck][gui]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    for (const auto &[actorId, offered] : {std::pair {f.chairId, true}, {f.nurseId, false}}) {
        workspace.setActorId(actorId);
        MainWindow window(workspace);
        window.start(QStringLiteral("Eva"));
        for (const auto &[name, text] :
            {std::pair {"retentionAction", "&Gallring…"}, {"logCheckAction", "L&oggkontroll…"}}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            REQUIRE(action);
            CHECK(action->isVisible() == offered);
            CHECK(action->text() == QString::fromUtf8(text));
        }
    }
}
