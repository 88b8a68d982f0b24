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
    return QIcon::fromTheme(name, QIcon(kBundled + name + QStringLiteral(".svg")));
}

QIcon applicationIcon()
{
    return themedIcon(QStringLiteral("se.teamforum.Teamforum"));
}

} // namespace tf
