#pragma once

#include "ui/common/ShortcutList.h"

#include <QDialog>

namespace tf {

// Kortkommandon: every keyboard shortcut, in sections (the whole program,
// then one per view), as a list a screen reader reads row by row. The rows
// come from the window's own actions and shortcuts (shortcutsIn), so the
// list says what the keys do today.
class KeyboardHelpDialog : public QDialog
{
    Q_OBJECT
public:
    struct Section
    {
        QString title;
        QList<ShortcutEntry> shortcuts;
    };

    explicit KeyboardHelpDialog(const QList<Section> &sections, QWidget *parent = nullptr);
};

} // namespace tf
