#include "ui/shell/SignIn.h"

#include "domain/StorageError.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/StoreDescription.h"
#include "services/Workspace.h"
#include "services/backup/DamagedDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/DamagedDatabaseOffer.h"
#include "ui/shell/FirstRunDialog.h"

#include <QCoreApplication>
#include <QtDebug>

namespace tf {

namespace {
// Finds who is using the open workspace.
std::optional<QString> signIn(Workspace &workspace, QWidget *parent, int *exitCode);
} // namespace

std::optional<QString> openAndSignIn(Workspace &workspace, QWidget *parent, int *exitCode)
{
    *exitCode = 1;
    try {
        workspace.open();
    } catch (const StorageError &storageError) {
        qWarning("opening the database failed: code %s", qPrintable(storageError.nativeCode()));
        // A damaged file: the newest good backup is offered in its place.
        if (!isDamagedDatabase(workspace, storageError)) {
            MessageBox::error(parent,
                QCoreApplication::translate("main", "The database could not be opened"),
                storageError.userMessage());
            return std::nullopt;
        }
        if (!offerNewestBackup(workspace, storageError, parent))
            return std::nullopt;
    }
    return signIn(workspace, parent, exitCode);
}

namespace {
std::optional<QString> signIn(Workspace &workspace, QWidget *parent, int *exitCode)
{
    Identity identity(workspace);
    if (const auto person = identity.recognise())
        return person->name;
    // A shared database's login tied to nobody sees nothing; only an
    // administrator may go on to register.
    try {
        identity.refuseUntiedLogin();
    } catch (const StorageError &untied) {
        MessageBox::error(parent,
            QCoreApplication::translate("main", "Your login is not tied to a person"),
            untied.userMessage());
        return std::nullopt;
    }
    // Nobody new can be added to a database that cannot be written to; the
    // first-run dialog would only fail. Say so, and let them look instead.
    const StoreDescription store = describeStore(workspace);
    if (store.readOnly) {
        *exitCode = 0;
        if (!MessageBox::question(parent,
                QCoreApplication::translate("main", "The database is read-only"),
                QCoreApplication::translate("main",
                    "The database %1 cannot be written to: the file, or the folder it is in, "
                    "is read-only for your account. Teamforum cannot add you as a user until "
                    "it can write there. You can look at the database now without changing "
                    "anything, or quit and ask whoever looks after Teamforum to make the file "
                    "writable.")
                    .arg(store.displayName),
                QCoreApplication::translate("main", "&Look without changing"),
                QCoreApplication::translate("main", "&Quit")))
            return std::nullopt;
        return QCoreApplication::translate("main", "a visitor (read only)");
    }
    FirstRunDialog dialog(parent);
    try {
        dialog.setKnownPeople(workspace.directory().people());
    } catch (const StorageError &) {
        // Without the list the dialog still works: a new person is added.
    }
    if (dialog.exec() != QDialog::Accepted) {
        *exitCode = 0;
        return std::nullopt;
    }
    try {
        if (const qint64 known = dialog.knownPersonId(); known > 0 && !identity.loginIdentifies())
            identity.adopt(known);
        else
            identity.registerPerson(dialog.person());
    } catch (const StorageError &storageError) {
        MessageBox::error(parent,
            QCoreApplication::translate("main", "You could not be registered"),
            storageError.userMessage());
        return std::nullopt;
    }
    const auto person = identity.recognise();
    return person ? person->name : QString();
}

} // namespace

} // namespace tf
