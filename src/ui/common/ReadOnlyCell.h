#pragma once

#include <QString>

class QTableWidgetItem;

namespace tf {

// A table cell that can be chosen but not edited: the lists of the dialogs.
QTableWidgetItem *readOnlyCell(const QString &text);

} // namespace tf
