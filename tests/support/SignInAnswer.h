#pragma once

#include <QString>

namespace tf::test {

// Answers the sign-in dialog (PersonSignInDialog) the next step opens, as
// the person at the keyboard would: checks it is Swedish and named, chooses
// the person, types the code (twice when they choose it now) and presses
// the accept button. An empty code leaves the code fields alone.
void signInWhenAsked(qint64 personId, const QString &code);

} // namespace tf::test
