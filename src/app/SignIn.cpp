#include "app/SignIn.h"

#include "domain/StorageError.h"
#include "services/Directory.h"
#include "services/Identity.h"
#include "services/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/FirstRunDialog.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace tf {

std::optional<QString> openAndSignIn(Workspace &workspace, QWidget *parent, int *exitCode)
{
    *exitCode = 1;
    try {
        workspace.open();
    } catch (const StorageError &storageError) {
        spdlog::error(
            "opening the database failed: code {}", storageError.nativeCode().toStdString());
        MessageBox::error(parent,
            QCoreApplication::translate("main", "The database could not be opened"),
            storageError.userMessage());
        return std::nullopt;
    }

    Identity identity(workspace);
    if (const auto person = identity.recognise())
        return person->name;
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

} // namespace tf
