#include "ui/common/InvitedList.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

void addInvitedList(QDialog *dialog, QVBoxLayout *layout, const QString &listLabel,
    QListWidget *list, QPushButton *remove, const QString &closeText,
    const QString &closeObjectName)
{
    auto *label = new QLabel(listLabel, dialog);
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *close = buttons->addButton(closeText, QDialogButtonBox::RejectRole);
    close->setObjectName(closeObjectName);
    close->setAccessibleName(closeText);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
}

} // namespace tf
