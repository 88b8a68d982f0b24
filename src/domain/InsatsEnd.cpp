#include "domain/InsatsEnd.h"

namespace tf {

QStringList insatsEndReasons()
{
    return {QStringLiteral("flyttat"), QStringLiteral("avlidit"), QStringLiteral("avslutad")};
}

bool isInsatsEndReason(const QString &key)
{
    return insatsEndReasons().contains(key);
}

QString insatsEndReasonLabel(const QString &key)
{
    if (!isInsatsEndReason(key))
        return {};
    return key.left(1).toUpper() + key.mid(1);
}

} // namespace tf
