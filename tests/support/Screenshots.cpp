#include "support/Screenshots.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace tf::test {

void saveScreenshotIfAsked(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TEAMFORUM_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(100); // pending layouts and cell widgets settle, as on screen
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace tf::test
