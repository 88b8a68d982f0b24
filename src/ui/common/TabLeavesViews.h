#pragma once

class QApplication;

namespace tf {

// Tab and Shift+Tab go on to the next field from every list, table and tree
// of the program, and the arrow keys move between its cells. Qt's tables
// move Tab from cell to cell and wrap from the last to the first, so Tab
// never left them (the week grid went from Sunday to Monday forever).
// Installed once on the application, so it holds for every item view, the
// ones made later included.
void installTabLeavesViews(QApplication &app);

} // namespace tf
