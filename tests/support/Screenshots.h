#pragma once

#include <QString>

class QWidget;

namespace tf::test {

// With TEAMFORUM_SCREENSHOTS set to a folder, saves the widget as it is
// drawn to <folder>/<name>.png: the GUI tests that walk a view at a screen
// size leave the screenshot set of that size (docs/screenshots.md).
void saveScreenshotIfAsked(QWidget *widget, const QString &name);

} // namespace tf::test
