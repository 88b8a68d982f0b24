#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/CutOff.h"
#include "support/EveryWindow.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace tf;

namespace {
// The laptop's and the office screen's sizes; ctest runs this test at 100 %
// and again with QT_SCALE_FACTOR 1.5 and 2 (tests/CMakeLists.txt), where
// the laptop gives 911×512 and 683×384 logical pixels.
const QList<QSize> screens {QSize(1366, 768), QSize(1920, 1080)};

QString at(QSize physical)
{
    return QStringLiteral("%1×%2 at %3 %")
        .arg(physical.width())
        .arg(physical.height())
        .arg(qRound(qApp->devicePixelRatio() * 100));
}
} // namespace

TEST_CASE(
    "no text is cut off in any view or dialog on a laptop or office screen", "[gui][look][cutoff]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);

    for (const QSize physical : screens) {
        const QSize screen = tf::test::logicalScreen(physical);
        tf::test::forEachView(
            workspace, data,
            [&](MainWindow &window, const QString &name, QWidget *) {
                const QStringList problems = tf::test::cutOffTexts(&window);
                tf::test::saveScreenshotIfAsked(&window,
                    QStringLiteral("%1-%2x%3-%4")
                        .arg(name.section(QLatin1Char('\n'), 0, 0)
                                 .toLower()
                                 .replace(QLatin1Char(' '), QLatin1Char('-')))
                        .arg(physical.width())
                        .arg(physical.height())
                        .arg(qRound(qApp->devicePixelRatio() * 100)));
                INFO(at(physical).toStdString() << ", " << name.toStdString() << ":\n"
                                                << problems.join(QLatin1Char('\n')).toStdString());
                CHECK(problems.isEmpty());
            },
            screen);
        auto dialogs = tf::test::everyDialog(workspace, data);
        for (auto &[name, dialog] : dialogs) {
            // A dialog opens at the size it chose, or else at its layout's
            // size, never larger than the screen.
            const QSize opens
                = dialog->testAttribute(Qt::WA_Resized) ? dialog->size() : dialog->sizeHint();
            dialog->resize(opens.boundedTo(screen));
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList problems = tf::test::cutOffTexts(dialog.get());
            INFO(at(physical).toStdString() << ", " << name.toStdString() << ":\n"
                                            << problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
            dialog->close();
        }
    }
}

TEST_CASE("every view fits a laptop's width without scrolling sideways up to 150 % scale",
    "[gui][look][cutoff]")
{
    // At 200 % a laptop leaves under 500 logical pixels beside the
    // navigation, less than a meeting's participant row needs; there the
    // page may scroll.
    if (qApp->devicePixelRatio() > 1.5)
        return;
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = tf::test::prepareEveryWindow(workspace);
    const QSize physical(1366, 768);
    tf::test::forEachView(
        workspace, data,
        [&](MainWindow &window, const QString &name, QWidget *view) {
            auto *pageArea = window.findChild<QScrollArea *>(QStringLiteral("pageScrollArea"));
            REQUIRE(pageArea);
            INFO(at(physical).toStdString()
                << ", " << name.section(QLatin1Char('\n'), 0, 0).toStdString() << ": needs "
                << view->minimumSizeHint().width() << " of " << pageArea->viewport()->width()
                << " pixels");
            QApplication::processEvents(); // the scroll bar follows the layout
            CHECK(pageArea->horizontalScrollBar()->maximum() == 0);
        },
        tf::test::logicalScreen(physical));
}
