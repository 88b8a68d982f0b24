#include "domain/ExternalPerson.h"

#include "domain/EmailAddress.h"

#include <QStringList>

namespace tf {

QString ExternalPerson::validationError() const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Ange deltagarens namn.");
    if (organisation.trimmed().isEmpty())
        return QStringLiteral("Ange vilken organisation %1 kommer från, till exempel "
                              "Vårdcentralen Norra.")
            .arg(name.trimmed());
    if (!email.trimmed().isEmpty() && !isEmailAddress(email.trimmed()))
        return QStringLiteral("E-postadressen %1 ser inte ut som en e-postadress.")
            .arg(email.trimmed());
    return {};
}

QString externalPersonLabel(const ExternalPerson &person)
{
    QStringList parts;
    if (!person.role.trimmed().isEmpty())
        parts << person.role.trimmed();
    parts << person.organisation.trimmed();
    return QStringLiteral("%1 (%2)").arg(person.name.trimmed(), parts.join(QStringLiteral(", ")));
}

} // namespace tf
