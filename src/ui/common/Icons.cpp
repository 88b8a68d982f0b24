#include "ui/common/Icons.h"

#include <QDir>
#include <QFileInfo>

namespace tf {

namespace {
const QString kBundled = QStringLiteral(":/teamforum-icons/");

// Where freedesktop themes are installed: XDG_DATA_DIRS' icons folders,
// which a platform without a desktop theme (offscreen, a bare X server)
// leaves out of Qt's search path.
void useInstalledThemes()
{
    QStringList paths = QIcon::themeSearchPaths();
    QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dataDirs.isEmpty())
        dataDirs = QStringLiteral("/usr/local/share:/usr/share");
    for (const QString &dir : dataDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString icons = QDir(dir).filePath(QStringLiteral("icons"));
        if (!paths.contains(icons) && QFileInfo(icons).isDir())
            paths << icons;
    }
    QIcon::setThemeSearchPaths(paths);
    const QString adwaita = QStringLiteral("Adwaita");
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        QIcon::setThemeName(adwaita);
    if (QIcon::fallbackThemeName().isEmpty()
        || QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(adwaita);
}

void setUpOnce()
{
    static const bool done = [] {
        useInstalledThemes();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

QIcon themedIcon(const QString &name)
{
    setUpOnce();
    // The drawing is made only when the theme lacks the icon: made for
    // every icon, it cost the window's start a millisecond for nothing.
    // The same test as QIcon::fromTheme(name, fallback).
    QIcon themed = QIcon::fromTheme(name);
    if (themed.isNull() || themed.availableSizes().isEmpty())
        return QIcon(kBundled + name + QStringLiteral(".svg"));
    return themed;
}

QIcon applicationIcon()
{
    // The bundled drawing is the one installed in hicolor for the launcher.
    // Asked of the icon theme, a name that Adwaita lacks is looked for in
    // every folder of every theme first: a quarter of the time to the
    // window's first paint.
    return QIcon(kBundled + QStringLiteral("se.teamforum.Teamforum.svg"));
}

} // namespace tf
