#pragma once

#include <QString>

class QWidget;

namespace tf {

// The handbook in Swedish (docs/handbok): its first page as installed beside
// the program (share/doc/teamforum/handbok), else, when the program runs
// from its build folder, the source tree's. Empty when neither is there.
QString handbookIndex();

// Opens the handbook in the user's web browser (QDesktopServices), or says
// in Swedish that it is missing and where it was looked for.
void openHandbook(QWidget *parent);

} // namespace tf
