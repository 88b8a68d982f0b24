#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace tf::test {

// Visible interactive widgets under root that have no accessible name, as
// "ClassName objectName" strings; empty when every one has a name.
QStringList widgetsWithoutAccessibleName(QWidget *root);

// A widget a person works with: a button, field, box, list or table.
bool isInteractive(QWidget *widget);

// What a screen reader on Linux says a widget is called: its accessible
// name; for a combo box, whose name there is its current value, the text of
// the label that names it (QAccessible::Label relation); for a tab bar, its
// current tab. Empty: unnamed.
QString spokenName(QWidget *widget);

// Walks the accessibility tree under root as Qt's Linux bridge exports it
// to AT-SPI (QAccessibleInterface children, states and relations) and
// returns one line per visible interactive node without a name and per combo
// box without a label; empty when none. Nodes inside item views, combo and
// spin boxes are the views' own (cells, the line edit) and are not walked.
QStringList accessibilityTreeProblems(QWidget *root);

} // namespace tf::test
