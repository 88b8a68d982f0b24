#include "domain/care/CareRecords.h"

#include <QTimeZone>

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
const KeyLabel<FormAnswer> kAnswers[] = {
    {FormAnswer::Unanswered, "", "Ej angivet"},
    {FormAnswer::Yes, "yes", "Ja"},
    {FormAnswer::No, "no", "Nej"},
};
} // namespace

QString formAnswerKey(FormAnswer answer)
{
    return QString::fromLatin1(find(answer, kAnswers).key);
}
FormAnswer formAnswerFromKey(const QString &key)
{
    return fromKey(key, kAnswers);
}
QString formAnswerLabel(FormAnswer answer)
{
    return QString::fromUtf8(find(answer, kAnswers).label);
}

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
    const QString vitalsError = vitals.validationError();
    if (!vitalsError.isEmpty())
        return vitalsError;
    if (feedbackDate.isValid() && createdUtc.isValid()
        && feedbackDate < createdUtc.toTimeZone(QTimeZone("Europe/Stockholm")).date())
        return QStringLiteral("Datumet för återrapportering kan inte vara före dagen då "
                              "rapporten skickades.");
    return {};
}

QString SbarReport::sentPartChangeFrom(const SbarReport &stored) const
{
    const auto same = [](const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); };
    const struct
    {
        bool changed;
        const char *field;
    } fields[] = {
        {clientId != stored.clientId, "kunden"},
        {!same(receiver, stored.receiver), "mottagaren"},
        {!same(relativeContact, stored.relativeContact), "närstående/företrädare"},
        {!same(healthCentre, stored.healthCentre), "hälsocentralen"},
        {!same(responsibleDoctor, stored.responsibleDoctor), "ansvarig läkare"},
        {medicationList != stored.medicationList, "läkemedelslistan"},
        {sampleReferral != stored.sampleReferral, "provtagningsremissen"},
        {!same(situation, stored.situation), "situationen (S)"},
        {!same(background, stored.background), "bakgrunden (B)"},
        {!same(currentState, stored.currentState), "aktuellt tillstånd (A)"},
        {!(vitals == stored.vitals), "vitalparametrarna"},
        {!same(recommendation, stored.recommendation), "rekommendationen (R)"},
        {!same(frequency, stored.frequency), "hur ofta, länge, när"},
        {handlingTime != stored.handlingTime, "önskad handläggningstid"},
    };
    for (const auto &field : fields) {
        if (field.changed)
            return QStringLiteral("Rapporten är redan skickad: %1 kan inte ändras i efterhand. "
                                  "Skriv en ny SBAR om något har tillkommit.")
                .arg(QString::fromUtf8(field.field));
    }
    return {};
}

} // namespace tf
