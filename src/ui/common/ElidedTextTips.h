#pragma once

class QApplication;

namespace tf {

// A cell of any list, table or tree whose text does not fit its column
// (shown elided, "…") gives its whole text as a tooltip when the pointer
// rests on it, unless the model has a tooltip of its own. Installed once on
// the application, so no view has to remember it.
void installElidedTextTips(QApplication &app);

} // namespace tf
