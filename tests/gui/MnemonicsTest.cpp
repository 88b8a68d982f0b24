#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/EveryWindow.h"
#include "support/Mnemonics.h"
#include "support/TestBackends.h"
#include "ui/shell/MainWindow.h"

#include <QTabWidget>
#include <QTest>

using namespace tf;

namespace {
// Checks the window as it is, then with each tab of each visible tab widget
// shown in turn: a tab's page brings its own labels and buttons.
void checkEveryTab(QWidget *window, const QString &where)
{
    const auto check = [&](const QString &state) {
        const QStringList duplicates = tf::test::duplicateMnemonics(window);
        INFO((where + state).toStdString() << "\n"
                                           << duplicates.join(QLatin1Char('\n')).toStdString());
        CHECK(duplicates.isEmpty());
    };
    check({});
    const auto tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int shown = tabs->currentIndex();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(QStringLiteral(", tab %1").arg(tabs->tabText(tab)));
        }
        tabs->setCurrentIndex(shown);
    }
}

void checkDialog(QWidget *dialog, const QString &where)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    checkEveryTab(dialog, where);
    dialog->close();
}
} // namespace

TEST_CASE("every Alt+letter is unique in each window, view, menu and dialog", "[gui][mnemonics]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);

    SECTION("the main window with each view and its menus")
    {
        tf::test::forEachView(
            workspace, data, [](MainWindow &window, const QString &name, QWidget *) {
                checkEveryTab(&window, name);
            });
    }

    SECTION("every dialog the views open")
    {
        auto dialogs = tf::test::everyDialog(workspace, data);
        for (auto &[name, dialog] : dialogs)
            checkDialog(dialog.get(), name);
    }
}
