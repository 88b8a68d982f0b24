#include "ui/shell/KeyboardHelpDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tf {

KeyboardHelpDialog::KeyboardHelpDialog(const QList<Section> &sections, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboardHelpDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("Tab and Shift+Tab move between fields, the arrow keys within a "
                                "list, table or calendar. Alt and the underlined letter reach a "
                                "menu, button or field. In every window:"),
        this);
    intro->setWordWrap(true);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutTreeWidget"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Keys"), tr("What they do")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    for (const Section &section : sections) {
        if (section.shortcuts.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(tree, {section.title});
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutEntry &entry : section.shortcuts)
            new QTreeWidgetItem(heading, {entry.keys, entry.what});
        heading->setExpanded(true);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    if (tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    intro->setBuddy(tree);

    auto *buttons = new QDialogButtonBox(this);
    auto *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeKeyboardHelpButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace tf
