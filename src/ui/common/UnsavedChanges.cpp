#include "ui/common/UnsavedChanges.h"

#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDialog>

namespace tf {

UnsavedAnswer askAboutUnsavedChanges(QWidget *parent)
{
    switch (
        MessageBox::choose(parent, QCoreApplication::translate("UnsavedChanges", "Unsaved changes"),
            QCoreApplication::translate(
                "UnsavedChanges", "The form has text that is not saved. Save it before closing?"),
            QCoreApplication::translate("UnsavedChanges", "Save"),
            QCoreApplication::translate("UnsavedChanges", "Close without saving"),
            QCoreApplication::translate("UnsavedChanges", "Cancel"))) {
    case MessageBox::Choice::Yes:
        return UnsavedAnswer::Save;
    case MessageBox::Choice::No:
        return UnsavedAnswer::Discard;
    case MessageBox::Choice::Cancel:
        break;
    }
    return UnsavedAnswer::KeepEditing;
}

bool mayCloseAfterAsking(QDialog *form, bool unsaved)
{
    if (!unsaved)
        return true;
    switch (askAboutUnsavedChanges(form)) {
    case UnsavedAnswer::Save:
        form->accept();
        return false;
    case UnsavedAnswer::KeepEditing:
        return false;
    case UnsavedAnswer::Discard:
        break;
    }
    return true;
}

} // namespace tf
