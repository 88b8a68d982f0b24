// Icons from the freedesktop theme with the program's own drawings where a
// theme lacks one, and a navigation that names each view with its shortcut.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "ui/common/Icons.h"
#include "ui/shell/MainWindow.h"

#include <QListWidget>
#include <QTest>

using namespace tf;

namespace {
const QStringList navigationIcons = {QStringLiteral("go-home"), QStringLiteral("x-office-calendar"),
    QStringLiteral("accessories-text-editor"), QStringLiteral("emblem-default"),
    QStringLiteral("system-users"), QStringLiteral("appointment-soon"),
    QStringLiteral("system-search"), QStringLiteral("preferences-system")};

bool drawn(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

// Points Qt at an icon theme for the scope, as a desktop would.
struct ThemeForScope
{
    explicit ThemeForScope(const QString &name)
        : m_name(QIcon::themeName())
        , m_fallback(QIcon::fallbackThemeName())
    {
        themedIcon(QStringLiteral("system-users")); // the program's set-up first
        QIcon::setThemeName(name);
        QIcon::setFallbackThemeName(name);
    }
    ~ThemeForScope()
    {
        QIcon::setThemeName(m_name);
        QIcon::setFallbackThemeName(m_fallback);
    }
    QString m_name;
    QString m_fallback;
};
} // namespace

TEST_CASE("the navigation shows each view with its icon and shortcut", "[look][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    MainWindow window(workspace);
    window.start(QStringLiteral("Åsa Öberg"));
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    REQUIRE(navigation);
    REQUIRE(navigation->count() == navigationIcons.size());
    CHECK(navigation->item(0)->text() == QStringLiteral("Idag\nCtrl+1"));
    CHECK(navigation->item(1)->text() == QStringLiteral("Mötesansvarig\nCtrl+2"));
    CHECK(navigation->item(6)->text() == QStringLiteral("Sök\nCtrl+7"));
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        INFO(item->text().toStdString());
        CHECK(item->text().endsWith(QStringLiteral("Ctrl+%1").arg(row + 1)));
        CHECK(drawn(item->icon()));
    }
    test::saveScreenshotIfAsked(&window, QStringLiteral("navigation-with-icons"));
}

TEST_CASE("the icon theme Debian packages has every navigation icon", "[look][gui]")
{
    themedIcon(QStringLiteral("system-users"));
    ThemeForScope adwaita(QStringLiteral("Adwaita"));
    for (const QString &name : navigationIcons) {
        INFO(name.toStdString());
        CHECK(QIcon::hasThemeIcon(name));
    }
}

TEST_CASE("without an icon theme the bundled drawings are shown", "[look][gui]")
{
    ThemeForScope none(QStringLiteral("no-such-theme"));
    for (const QString &name : navigationIcons) {
        INFO(name.toStdString());
        CHECK_FALSE(QIcon::hasThemeIcon(name));
        CHECK(drawn(themedIcon(name)));
    }
    CHECK(drawn(applicationIcon()));
}
