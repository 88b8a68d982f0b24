#include "domain/quality/ClientMention.h"

#include <QRegularExpression>

#include <algorithm>

namespace tf {

QString clientMentionIn(const QString &text, const QStringList &clientNames)
{
    static const QRegularExpression personnummer(
        QStringLiteral("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+ ]?[0-9]{4}(?![0-9])"));
    if (personnummer.match(text).hasMatch())
        return QStringLiteral("Texten innehåller ett personnummer. Skriv utan uppgifter som "
                              "pekar ut kunden.");
    const QString simplified = text.simplified();
    for (const QString &name : clientNames) {
        const QString whole = name.simplified();
        // A plain search first: a pattern is built only for a name a part
        // of which the text holds somewhere.
        const QStringList parts = whole.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool held = std::any_of(parts.cbegin(), parts.cend(),
            [&](const QString &part) { return simplified.contains(part, Qt::CaseInsensitive); });
        if (!held)
            continue;
        const QRegularExpression wholeName(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                               .arg(QRegularExpression::escape(whole)),
            QRegularExpression::CaseInsensitiveOption);
        if (wholeName.match(simplified).hasMatch())
            return QStringLiteral("Texten innehåller kundens namn (%1). Skriv utan uppgifter "
                                  "som pekar ut kunden.")
                .arg(whole);
        for (const QString &part : parts) {
            if (part.size() < 3 || !part.at(0).isUpper() || !simplified.contains(part))
                continue;
            const QRegularExpression asName(
                QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                    .arg(QRegularExpression::escape(part)));
            if (asName.match(simplified).hasMatch())
                return QStringLiteral("Texten innehåller namnet %1, som en kund har. Skriv utan "
                                      "uppgifter som pekar ut kunden.")
                    .arg(part);
        }
    }
    return {};
}

} // namespace tf
