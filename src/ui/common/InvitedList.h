#pragma once

#include <QString>

class QDialog;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tf {

// The lower part the invitation dialogs share: the labelled list of those
// invited (label with its mnemonic, the list stretching), the button that
// takes one off, and a Close button that accepts the dialog.
void addInvitedList(QDialog *dialog, QVBoxLayout *layout, const QString &listLabel,
    QListWidget *list, QPushButton *remove, const QString &closeText,
    const QString &closeObjectName);

} // namespace tf
