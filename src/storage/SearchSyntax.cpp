#include "storage/SearchSyntax.h"

namespace tf {

QString fts5MatchQuery(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &term : terms)
        quoted << QLatin1Char('"') + term + QStringLiteral("\"*");
    return quoted.join(QLatin1Char(' '));
}

QString tsqueryText(const QStringList &terms)
{
    QStringList prefixed;
    for (const QString &term : terms)
        prefixed << term + QStringLiteral(":*");
    return prefixed.join(QStringLiteral(" & "));
}

} // namespace tf
