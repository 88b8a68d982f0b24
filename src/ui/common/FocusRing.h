#pragma once

class QApplication;

namespace tf {

// A ring of 3 px in the palette's highlight colour around the widget that has
// the keyboard focus, in every window of the program: the Fusion style's own
// sign of focus (a 1 px line, on some widgets none) is not seen at a glance.
// The ring is drawn over the widget's edge by a child that takes no input and
// no focus, so it moves, scrolls and hides with the widget. Installed once on
// the application.
void installFocusRing(QApplication &app);

} // namespace tf
