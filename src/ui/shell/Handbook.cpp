#include "ui/shell/Handbook.h"

#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace tf {

namespace {
const QString kIndex = QStringLiteral("doc/teamforum/handbok/index.html");

QStringList candidates()
{
    // bin/teamforum -> share/doc/teamforum/handbok, wherever it is installed.
    QStringList paths {QDir(QCoreApplication::applicationDirPath())
                           .absoluteFilePath(QStringLiteral("../share/") + kIndex)};
    for (const QString &data :
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths << QDir(data).absoluteFilePath(kIndex);
#ifdef TEAMFORUM_SOURCE_DIR
    paths << QStringLiteral(TEAMFORUM_SOURCE_DIR "/docs/handbok/index.html");
#endif
    return paths;
}
} // namespace

QString handbookIndex()
{
    for (const QString &path : candidates()) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

void openHandbook(QWidget *parent)
{
    const QString index = handbookIndex();
    const QString title = QCoreApplication::translate("tf::Handbook", "Handbook");
    if (index.isEmpty()) {
        MessageBox::error(parent, title,
            QCoreApplication::translate("tf::Handbook",
                "The handbook is not installed on this computer. It was looked for in:\n%1")
                .arg(QDir::toNativeSeparators(candidates().join(QLatin1Char('\n')))));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(index))) {
        MessageBox::error(parent, title,
            QCoreApplication::translate("tf::Handbook",
                "No web browser could open the handbook. Open this file in a web browser:\n%1")
                .arg(QDir::toNativeSeparators(index)));
    }
}

} // namespace tf
