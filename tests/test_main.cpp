// The one test main: offscreen platform and Swedish locale by default, Qt's
// test mode for QStandardPaths, the program's Swedish translations and its
// date and time typing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "services/Translations.h"
#include "ui/common/DateTimeTyping.h"
#include "ui/common/DialogsFitScreen.h"
#include "ui/common/ElidedTextTips.h"
#include "ui/common/FocusRing.h"
#include "ui/common/TabLeavesViews.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    tf::useSwedishSystemLocale();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TeamforumTest"));
    QApplication::setApplicationName(QStringLiteral("TeamforumTest"));
    tf::installSwedish(app);
    tf::installDateTimeTyping(app);
    tf::installFocusRing(app);
    tf::installElidedTextTips(app);
    tf::installTabLeavesViews(app);
    tf::installDialogsFitScreen(app);
    return Catch::Session().run(argc, argv);
}
