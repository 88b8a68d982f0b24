#include "domain/Minutes.h"

#include <QRegularExpression>

namespace tf {

QList<MinutesSection> clientItemSections()
{
    return {
        {QStringLiteral("staff"), QStringLiteral("Omsorgspersonalens bild")},
        {QStringLiteral("nurse"), QStringLiteral("Sjuksköterskans bild")},
        {QStringLiteral("rehab"), QStringLiteral("Arbetsterapeutens och fysioterapeutens bild")},
        {QStringLiteral("wishes"), QStringLiteral("Kundens önskemål")},
    };
}

QString sectionTitle(const QString &key)
{
    const auto sections = clientItemSections();
    for (const auto &section : sections) {
        if (section.key == key)
            return section.title;
    }
    return QStringLiteral("Anteckningar");
}

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Action:
        return QStringLiteral("action");
    case SearchHit::Kind::Addendum:
        return QStringLiteral("addendum");
    case SearchHit::Kind::AgendaItem:
        return QStringLiteral("agendaItem");
    case SearchHit::Kind::Minutes:
        break;
    }
    return QStringLiteral("minutes");
}

QString highlightedHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(0x00AB), QStringLiteral("<b>"));
    html.replace(QChar(0x00BB), QStringLiteral("</b>"));
    return html;
}

QStringList searchTerms(const QString &query)
{
    // Letters and digits only: quotes, *, :, &, | and parentheses are syntax
    // to FTS5 and to_tsquery, never part of a word the user means.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    // Composed first: an "å" typed as "a" and a combining ring (NFD, as some
    // keyboards and pasted text give it) is one letter, as in the notes.
    auto it = word.globalMatch(query.normalized(QString::NormalizationForm_C));
    while (it.hasNext())
        terms << it.next().captured(0).toLower();
    return terms;
}

} // namespace tf
