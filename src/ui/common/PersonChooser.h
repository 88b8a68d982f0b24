#pragma once

class QComboBox;

namespace tf {

class PersonChoiceModel;

// Lets the combo box offer the choices' people. It is sized by a typical
// name and its list lays out every row alike: a region's staff is not
// measured name by name when the chooser is shown or its list opens.
void offerPeople(QComboBox *chooser, PersonChoiceModel *choices);

} // namespace tf
