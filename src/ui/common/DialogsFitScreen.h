#pragma once

class QApplication;

namespace tf {

// A dialog of the program that needs more room than its screen gives (a
// laptop at 150 or 200 % scale) scrolls instead of reaching past the
// screen's edge: before it is first shown, its fields go into a scroll area
// that asks for no more than the screen, with the row of buttons below it,
// always in sight, and Tab in the same order as before. A dialog that fits
// is left as it is. Installed once on the application, so it holds for
// every dialog, the ones made later included.
void installDialogsFitScreen(QApplication &app);

} // namespace tf
