#include "cli/CliApp.h"
#include "services/Logging.h"
#include "services/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Teamforum"));
    QCoreApplication::setApplicationName(QStringLiteral("Teamforum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEAMFORUM_VERSION));
    tf::installSwedish(app);
    tf::setupLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return tf::runCli(QCoreApplication::arguments(), out, err);
}
