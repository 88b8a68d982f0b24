#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace tf {

// One keyboard shortcut as the user sees it: the keys in the platform's
// words ("Ctrl+S") and what they do ("Spara bedömningen").
struct ShortcutEntry
{
    QString keys;
    QString what;
};

// The shortcuts that the actions, buttons and QShortcut objects under root
// carry, read from the objects themselves, in the order they were made. A
// QShortcut says what it does in its whatsThis, or else through the button it
// belongs to (its parent).
QList<ShortcutEntry> shortcutsIn(QWidget *root);

} // namespace tf
