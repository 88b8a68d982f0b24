#pragma once

class QApplication;

namespace tf {

// Every date and time field of the program takes what a person types: a
// whole date or time typed over the field's text after Ctrl+A
// ("2027-01-14", "1430"), with or without the separators, and Tab goes on to
// the next field instead of through the field's year, month and day. Qt's
// fields reject a date typed over a selection, and a separator typed after a
// part that filled itself up skipped the next part, and a field showing
// that it is not given ("Ej angivet") took no digits at all. Installed once on the
// application, so it holds for every QDateTimeEdit, QDateEdit and QTimeEdit.
void installDateTimeTyping(QApplication &app);

} // namespace tf
