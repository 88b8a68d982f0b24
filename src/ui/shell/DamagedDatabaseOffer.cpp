#include "ui/shell/DamagedDatabaseOffer.h"

#include "domain/StorageError.h"
#include "services/backup/DamagedDatabase.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtDebug>

namespace tf {

namespace {
// Where the user starts looking for a backup of their own: the automatic
// backups' folder when there is one, else the database's folder.
QString startFolder(Workspace &workspace)
{
    const QString folder = backupFolder(workspace);
    if (QFileInfo(folder).isDir())
        return folder;
    return databaseFolder(workspace);
}

// Puts the backup in place (the service checks it first). False, with the
// refusal shown, when it was not put in place; the damaged file is then as
// it was.
bool restore(Workspace &workspace, const QString &path, const QString &made, QWidget *parent)
{
    const QString title = QCoreApplication::translate("main", "The database is damaged");
    try {
        const QString keptAs = replaceDamagedDatabase(workspace, path);
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

QString madeOf(const QDateTime &made)
{
    return QLocale().toString(made, QStringLiteral("d MMMM yyyy HH:mm"));
}
} // namespace

bool offerNewestBackup(Workspace &workspace, const StorageError &openFailure, QWidget *parent)
{
    const QString title = QCoreApplication::translate("main", "The database is damaged");
    const auto backup = newestGoodBackup(workspace);
    // Until a backup is in place or the user quits: a chosen file that does
    // not pass the check is refused and the choice is offered again.
    for (;;) {
        QString chosen;
        if (backup) {
            const QString made = madeOf(backup->made);
            const auto choice = MessageBox::choose(parent, title,
                QCoreApplication::translate("main",
                    "%1\n\nThe newest backup that passes the check is from %2:\n%3\n\nRestore it? "
                    "What was written after it is not in the backup. The damaged file is not "
                    "removed: it is kept beside the database under another name. You may also "
                    "choose a backup file of your own.")
                    .arg(openFailure.userMessage(), made, QDir::toNativeSeparators(backup->path)),
                QCoreApplication::translate("main", "&Restore the backup"),
                QCoreApplication::translate("main", "&Choose another file…"),
                QCoreApplication::translate("main", "&Quit"));
            if (choice == MessageBox::Choice::Cancel)
                return false;
            if (choice == MessageBox::Choice::Yes)
                return restore(workspace, backup->path, made, parent);
        } else if (!MessageBox::question(parent, title,
                       QCoreApplication::translate("main",
                           "%1\n\nNo backup that passes the check was found in %2. If you have a "
                           "backup file of your own, choose it; it is checked before it replaces "
                           "anything. Otherwise ask whoever looks after Teamforum for help; the "
                           "damaged file has not been changed.")
                           .arg(openFailure.userMessage(),
                               QDir::toNativeSeparators(backupFolder(workspace))),
                       QCoreApplication::translate("main", "&Choose a backup file…"),
                       QCoreApplication::translate("main", "&Quit"))) {
            return false;
        }
        chosen = FileDialog::openFile(parent,
            QCoreApplication::translate("main", "Choose a backup of the database"),
            startFolder(workspace),
            QCoreApplication::translate(
                "main", "Teamforum databases (*.sqlite *.db);;All files (*)"));
        if (chosen.isEmpty())
            continue;
        if (restore(workspace, chosen, madeOf(QFileInfo(chosen).lastModified()), parent))
            return true;
    }
}

} // namespace tf
