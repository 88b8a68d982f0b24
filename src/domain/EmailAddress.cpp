#include "domain/EmailAddress.h"

#include <QRegularExpression>

namespace tf {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}$"));
    return form.match(text).hasMatch();
}

} // namespace tf
