#include "ui/shell/DamagedDatabaseOffer.h"

#include "domain/StorageError.h"
#include "services/backup/DamagedDatabase.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QtDebug>

namespace tf {

bool offerNewestBackup(Workspace &workspace, const StorageError &openFailure, QWidget *parent)
{
    const QString title = QCoreApplication::translate("main", "The database is damaged");
    const auto backup = newestGoodBackup(workspace);
    if (!backup) {
        MessageBox::error(parent, title,
            QCoreApplication::translate("main",
                "%1\n\nNo backup that passes the check was found in %2. Ask whoever looks "
                "after Teamforum for help; the damaged file has not been changed.")
                .arg(openFailure.userMessage(), QDir::toNativeSeparators(backupFolder(workspace))));
        return false;
    }
    const QString made = QLocale().toString(backup->made, QStringLiteral("d MMMM yyyy HH:mm"));
    if (!MessageBox::question(parent, title,
            QCoreApplication::translate("main",
                "%1\n\nThe newest backup that passes the check is from %2:\n%3\n\nRestore it? "
                "What was written after it is not in the backup. The damaged file is not "
                "removed: it is kept beside the database under another name.")
                .arg(openFailure.userMessage(), made, QDir::toNativeSeparators(backup->path)),
            QCoreApplication::translate("main", "&Restore the backup"),
            QCoreApplication::translate("main", "&Quit")))
        return false;
    try {
        const QString keptAs = replaceDamagedDatabase(workspace, backup->path);
        MessageBox::information(parent, title,
            QCoreApplication::translate(
                "main", "The backup from %1 has been restored. The damaged file is kept as %2.")
                .arg(made, QDir::toNativeSeparators(keptAs)));
        return true;
    } catch (const StorageError &failure) {
        qWarning("restoring a backup failed: code %s", qPrintable(failure.nativeCode()));
        MessageBox::error(parent, title, failure.userMessage());
        return false;
    }
}

} // namespace tf
