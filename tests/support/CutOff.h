#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace tf::test {

// The texts a person cannot read in full in the window as it is laid out:
// a label, button, combo box or empty field's hint narrower than its text,
// a column narrower than its header or a cell's text, with no tooltip that
// gives the whole text; and the window itself when its layout needs more
// than the screen gives, or places two widgets over each other. One line a
// problem.
QStringList cutOffTexts(QWidget *window);

// The physical screen size shown at the process's scale factor, in the
// window's logical pixels (1366×768 at 150 % gives 911×512).
QSize logicalScreen(QSize physical);

} // namespace tf::test
