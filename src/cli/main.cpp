#include "cli/CliApp.h"
#include "services/Logging.h"
#include "services/Translations.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <memory>

namespace {
// Laying out a PDF needs fonts, which need a GUI application; it runs on the
// offscreen platform, so the command works without a display.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "export-minutes") == 0 || qstrcmp(argv[i], "client-export") == 0
            || qstrcmp(argv[i], "report") == 0)
            return true;
        // retention run exports the preserved clients as PDF/A.
        if (qstrcmp(argv[i], "retention") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "run") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    tf::makeNewFilesPrivate();
    const bool fonts = needsFonts(argc, argv);
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = fonts
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Teamforum"));
    QCoreApplication::setApplicationName(QStringLiteral("Teamforum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEAMFORUM_VERSION));
    tf::installSwedish(app);
    tf::setupLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return tf::runCli(QCoreApplication::arguments(), out, err);
}
