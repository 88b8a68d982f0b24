#pragma once

#include <QStringList>

class QWidget;

namespace tf::test {

// Every text a person can see or hear in the window: labels, buttons, group
// titles, combo items, table headers, list items, menus, tooltips and
// accessible names.
QStringList visibleTexts(QWidget *root);
// The English words found in the texts, for "no English word in the UI".
QStringList englishWords(const QStringList &texts);

} // namespace tf::test
