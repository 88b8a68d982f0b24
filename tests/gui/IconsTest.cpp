// Icons from the freedesktop theme with the program's own drawings where a
// theme lacks one, and a navigation that names each view with its shortcut.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "support/EveryWindow.h"
#include "support/Screenshots.h"
#include "support/TestBackends.h"
#include "ui/common/Icons.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
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

namespace {
// The main buttons of the views (new, start, save, print, PDF, add, done)
// with the icon each shows.
const QList<std::pair<const char *, const char *>> mainButtons
    = {{"newSeriesButton", "document-new"}, {"printKallelseButton", "document-print"},
        {"saveKallelseButton", "document-save-as"}, {"exportCalendarButton", "x-office-calendar"},
        {"addAgendaItemButton", "list-add"}, {"startMeetingModeButton", "media-playback-start"},
        {"previousItemButton", "go-previous"}, {"nextItemButton", "go-next"},
        {"newActionButton", "list-add"}, {"finishMeetingButton", "media-playback-stop"},
        {"approveMinutesButton", "changes-prevent"}, {"exportPdfButton", "document-save-as"},
        {"printMinutesButton", "document-print"}, {"markActionDoneButton", "emblem-default"},
        {"saveChecklistButton", "document-save"}, {"startAssessmentButton", "media-playback-start"},
        {"saveTemplateButton", "document-save"}, {"todayRefreshButton", "view-refresh"}};

QStringList bundledDrawings()
{
    QStringList names;
    for (const QString &file :
        QDir(QStringLiteral(":/teamforum-icons")).entryList({QStringLiteral("*.svg")}))
        names << file.chopped(4);
    return names;
}
} // namespace

TEST_CASE("the main buttons show their icon in every view", "[look][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto data = test::prepareEveryWindow(workspace);
    QStringList seen;
    test::forEachView(workspace, data, [&](MainWindow &window, const QString &, QWidget *) {
        for (const auto &[name, icon] : mainButtons) {
            const auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            if (!button || seen.contains(QLatin1String(name)))
                continue;
            INFO(name);
            CHECK(drawn(button->icon()));
            CHECK(button->icon().name() == QLatin1String(icon));
            seen << QLatin1String(name);
        }
    });
    for (const auto &[name, icon] : mainButtons) {
        INFO(name << " is shown in a view");
        CHECK(seen.contains(QLatin1String(name)));
    }
}

TEST_CASE(
    "every icon the program draws itself is in the Debian theme too, and drawn", "[look][gui]")
{
    const QStringList names = bundledDrawings();
    for (const auto &[name, icon] : mainButtons) {
        INFO(icon);
        CHECK(names.contains(QLatin1String(icon)));
    }
    {
        ThemeForScope adwaita(QStringLiteral("Adwaita"));
        for (const QString &name : names) {
            INFO(name.toStdString());
            // The application's own icon is Teamforum's, in no theme.
            if (!name.startsWith(QStringLiteral("se.teamforum")))
                CHECK(QIcon::hasThemeIcon(name));
        }
    }
    ThemeForScope none(QStringLiteral("no-such-theme"));
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(drawn(themedIcon(name)));
    }
}
