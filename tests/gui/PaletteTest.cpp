// The program follows the desktop's palette: in a dark and in a
// high-contrast palette every view and dialog keeps its coloured texts (late,
// missing, holidays, meeting days) readable against what is behind them.
// With TEAMFORUM_SCREENSHOTS the views are saved as <view>-<palette>.png.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/Contrast.h"
#include "support/EveryWindow.h"
#include "support/Palettes.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "ui/common/PaletteColours.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QTest>

using namespace tf;

TEST_CASE("the colours that say something are readable on light, dark and black backgrounds",
    "[look][palette]")
{
    QList<QPalette> palettes {QPalette(Qt::white), QPalette(QColor(0xf6, 0xf5, 0xf4))};
    for (const auto &named : test::otherPalettes())
        palettes << named.palette;
    for (const QPalette &palette : palettes) {
        INFO("base " << palette.color(QPalette::Base).name().toStdString());
        CHECK(contrastRatio(attentionText(palette), palette.color(QPalette::Base)) >= 4.5);
        CHECK(
            contrastRatio(attentionText(palette, QPalette::Window), palette.color(QPalette::Window))
            >= 4.5);
        const QColor marked = markedBackground(palette);
        CHECK(contrastRatio(palette.color(QPalette::Text), marked) >= 4.5);
        CHECK(marked != palette.color(QPalette::Base));
    }
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
}

TEST_CASE("every view and dialog is readable in a dark and a high-contrast palette",
    "[gui][look][palette]")
{
    for (const auto &named : test::otherPalettes()) {
        INFO("palette: " << named.name.toStdString());
        test::PaletteForScope palette(named.palette);
        const auto backend = test::sqliteBackend();
        Workspace workspace(backend.spec);
        workspace.open();
        const auto data = test::prepareEveryWindow(workspace);
        test::forEachView(workspace, data, [&](MainWindow &window, const QString &name, QWidget *) {
            const QStringList problems = test::lowContrastTexts(&window);
            test::saveScreenshotIfAsked(&window,
                QStringLiteral("%1-%2").arg(name.section(QLatin1Char('\n'), 0, 0)
                                                .toLower()
                                                .replace(QLatin1Char(' '), QLatin1Char('-')),
                    named.name));
            INFO(name.toStdString() << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
        });
        auto dialogs = test::everyDialog(workspace, data);
        for (auto &[name, dialog] : dialogs) {
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList problems = test::lowContrastTexts(dialog.get());
            INFO(name.toStdString() << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
            dialog->close();
        }
    }
}
