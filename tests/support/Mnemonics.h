#pragma once

#include <QStringList>

class QWidget;

namespace tf::test {

// The Alt+letter mnemonics that occur more than once in one scope of the
// window, as "A: &Arkiv | &Anteckningar" lines; empty when all are unique.
// Scopes: the window's visible buttons, labels with a buddy, group boxes and
// tabs together with its menu bar's titles (Alt+letter reaches any of them);
// each menu's items on their own (a letter typed in an open menu).
QStringList duplicateMnemonics(QWidget *window);

} // namespace tf::test
