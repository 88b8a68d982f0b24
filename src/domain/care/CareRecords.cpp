#include "domain/care/CareRecords.h"

namespace tf {

namespace {
template <typename Enum> struct KeyLabel
{
    Enum value;
    const char *key;
    const char *label;
};

template <typename Enum, int N>
const KeyLabel<Enum> &find(Enum value, const KeyLabel<Enum> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table[0];
}

template <typename Enum, int N> Enum fromKey(const QString &key, const KeyLabel<Enum> (&table)[N])
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return table[0].value;
}

const KeyLabel<FeedbackMethod> kMethods[] = {
    {FeedbackMethod::InPerson, "in_person", "Personligen"},
    {FeedbackMethod::Phone, "phone", "Per telefon"},
    {FeedbackMethod::ViaRelative, "via_relative", "Via närstående"},
};
const KeyLabel<RelativesAsked> kRelatives[] = {
    {RelativesAsked::NotAnswered, "", "Ej besvarat"},
    {RelativesAsked::Asked, "asked", "Närstående tillfrågade"},
    {RelativesAsked::ClientDeclined, "client_declined",
        "Kunden vill inte att närstående tillfrågas"},
    {RelativesAsked::NoRelatives, "no_relatives", "Inga närstående"},
};
const KeyLabel<HandlingTime> kTimes[] = {
    {HandlingTime::Urgent, "urgent", "Skyndsamt"},
    {HandlingTime::NextDay, "next_day", "Nästa dag"},
    {HandlingTime::NextWeekday, "next_weekday", "Nästa vardag"},
    {HandlingTime::AsNeeded, "as_needed", "Vid behov"},
};
} // namespace

QString feedbackMethodKey(FeedbackMethod method)
{
    return QString::fromLatin1(find(method, kMethods).key);
}
FeedbackMethod feedbackMethodFromKey(const QString &key)
{
    return fromKey(key, kMethods);
}
QString feedbackMethodLabel(FeedbackMethod method)
{
    return QString::fromUtf8(find(method, kMethods).label);
}

QString relativesAskedKey(RelativesAsked value)
{
    return QString::fromLatin1(find(value, kRelatives).key);
}
RelativesAsked relativesAskedFromKey(const QString &key)
{
    return fromKey(key, kRelatives);
}
QString relativesAskedLabel(RelativesAsked value)
{
    return QString::fromUtf8(find(value, kRelatives).label);
}

QString handlingTimeKey(HandlingTime time)
{
    return QString::fromLatin1(find(time, kTimes).key);
}
HandlingTime handlingTimeFromKey(const QString &key)
{
    return fromKey(key, kTimes);
}
QString handlingTimeLabel(HandlingTime time)
{
    return QString::fromUtf8(find(time, kTimes).label);
}

QString Participation::validationError() const
{
    if (clientAsked && !notAskedReason.trimmed().isEmpty())
        return QStringLiteral("Kunden är tillfrågad: ta bort orsaken till att kunden inte "
                              "tillfrågades.");
    return {};
}

QString SbarReport::validationError() const
{
    if (clientId == 0)
        return QStringLiteral("Välj kund för SBAR-rapporten.");
    if (situation.trimmed().isEmpty())
        return QStringLiteral("Skriv situationen (S): vem du är, vem det gäller och varför du "
                              "kontaktar.");
    if (recommendation.trimmed().isEmpty())
        return QStringLiteral("Skriv rekommendationen (R): vad du vill att mottagaren gör.");
    return {};
}

} // namespace tf
