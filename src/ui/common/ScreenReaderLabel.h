#pragma once

class QString;
class QWidget;

namespace tf {

// Names a field that has no visible label of its own, such as a combo box
// in a table cell, for screen readers on Linux: Qt's bridge says a combo
// box's current value as its name and ignores an accessible name set on it,
// but reads a label whose buddy the field is and that is its sibling. Adds
// such a label, hidden, beside the field (also as its accessible name, for
// other platforms); it goes with the field. Call once the field has its
// parent.
void labelForScreenReaders(QWidget *field, const QString &text);

} // namespace tf
