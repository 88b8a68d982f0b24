// The program's side of the screen-reader walk (tests/a11y/screen-reader-walk):
// shows every view of the main window and every dialog of the shared list in
// turn, says on stdout which one is shown, and waits for a line on stdin
// before the next, while the walker reads the application's tree over
// AT-SPI. Hidden ("[.]"): run only by the walker, under Xvfb with the
// accessibility bridge on.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/EveryWindow.h"
#include "support/TestBackends.h"
#include "ui/shell/MainWindow.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace tf;

namespace {
// Says what is shown and answers the walker's requests until it has read
// the tree and writes a line back; false when it never does (its end of
// the pipe closed, or five minutes passed).
bool shownToWalker(const QString &what)
{
    std::cout << "teamforum-atspi-host: shown\t" << what.toStdString() << std::endl;
    QEventLoop loop;
    bool answered = false;
    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&] {
        input.setEnabled(false);
        std::string line;
        answered = static_cast<bool>(std::getline(std::cin, line));
        loop.quit();
    });
    QTimer::singleShot(5 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return answered;
}
} // namespace

TEST_CASE("shows every view and dialog in turn to a screen reader's walk", "[.][atspi-host]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);

    tf::test::forEachView(workspace, data, [](MainWindow &, const QString &name, QWidget *) {
        REQUIRE(shownToWalker(name.section(QLatin1Char('\n'), 0, 0)));
    });
    auto dialogs = tf::test::everyDialog(workspace, data);
    int number = 0;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        REQUIRE(shownToWalker(QStringLiteral("%1 (%2)").arg(name).arg(++number)));
        dialog->close();
    }
    std::cout << "teamforum-atspi-host: done" << std::endl;
}
