#include "app/DailyBackup.h"
#include "app/FirstPaintProbe.h"
#include "app/Startup.h"
#include "services/Logging.h"
#include "services/Translations.h"
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/PrivateFiles.h"
#include "ui/common/DateTimeTyping.h"
#include "ui/common/DialogsFitScreen.h"
#include "ui/common/ElidedTextTips.h"
#include "ui/common/FocusRing.h"
#include "ui/common/GuardedApplication.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageBox.h"
#include "ui/common/TabLeavesViews.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignIn.h"

#include <QApplication>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

int main(int argc, char *argv[])
{
    tf::makeNewFilesPrivate();
    tf::useSwedishSystemLocale();
    tf::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Teamforum"));
    QApplication::setApplicationName(QStringLiteral("Teamforum"));
    QApplication::setApplicationDisplayName(QStringLiteral("Teamforum"));
    QApplication::setApplicationVersion(QStringLiteral(TEAMFORUM_VERSION));
    // The desktop entry (resources/desktop) the window belongs to, and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.teamforum.Teamforum"));
    QApplication::setWindowIcon(tf::applicationIcon());
    tf::installSwedish(app);
    tf::installDateTimeTyping(app);
    tf::installFocusRing(app);
    tf::installElidedTextTips(app);
    tf::installTabLeavesViews(app);
    tf::installDialogsFitScreen(app);
    tf::setupLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    spdlog::info("Teamforum {} starting", TEAMFORUM_VERSION);

    tf::ConnectionSpec spec;
    QString error;
    if (!tf::chooseConnection(app, &spec, &error)) {
        tf::MessageBox::error(nullptr, QCoreApplication::translate("main", "Teamforum"), error);
        return 1;
    }
    tf::Workspace workspace(spec);
    // The window is painted first; the database is opened and the user
    // found right after, with any question or error shown over it.
    tf::MainWindow window(workspace);
    if (auto *probe = tf::FirstPaintProbe::attachIfRequested(&window))
        QObject::connect(
            &window, &tf::MainWindow::startPageShown, probe, &tf::FirstPaintProbe::contentReady);
    QObject::connect(&window, &tf::MainWindow::firstPainted, &window, [&window, &workspace, &spec] {
        int exitCode = 0;
        if (const auto userName = tf::openAndSignIn(workspace, &window, &exitCode)) {
            window.start(*userName);
            tf::startDailyBackup(spec, &window);
        } else
            QCoreApplication::exit(exitCode);
    });
    window.show();
    return app.exec();
}
