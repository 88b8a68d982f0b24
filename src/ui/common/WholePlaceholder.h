#pragma once

#include <QString>

class QLineEdit;

namespace tf {

// Sets the grey hint an empty field shows and keeps the field at least as
// wide as the hint, so the hint is read whole and not cut off mid-word.
void setWholePlaceholder(QLineEdit *edit, const QString &hint);

} // namespace tf
