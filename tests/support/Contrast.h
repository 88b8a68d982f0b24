#pragma once

#include <QStringList>

class QWidget;

namespace tf::test {

// The texts in the window drawn in a colour of their own (a table cell's or
// tree row's foreground or background, a calendar day's format, a label's
// own palette) whose contrast against what is behind them is below 4.5:1
// (WCAG 2, AA), each with the widget and the ratio. The palette's own text
// on its own base is the palette's matter and not listed.
QStringList lowContrastTexts(QWidget *root);

} // namespace tf::test
