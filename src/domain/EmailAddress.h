#pragma once

#include <QString>

namespace tf {

// Whether text has the form of an e-mail address (name@domain.tld, no
// spaces, separators or brackets); whether it exists is not known here.
bool isEmailAddress(const QString &text);

} // namespace tf
