#include "domain/care/Consent.h"

namespace tf {

namespace {
struct ScopeInfo
{
    ConsentScope scope;
    const char *key;
    const char *label;
};
const ScopeInfo kScopes[] = {
    {ConsentScope::Relatives, "relatives", "Närstående"},
    {ConsentScope::MunicipalProfessions, "municipal_professions", "Andra yrkesgrupper i kommunen"},
    {ConsentScope::OtherCareProviders, "other_care_providers",
        "Andra vårdgivare (region, vårdcentral)"},
};
} // namespace

const QList<ConsentScope> &allConsentScopes()
{
    static const QList<ConsentScope> scopes = {ConsentScope::Relatives,
        ConsentScope::MunicipalProfessions, ConsentScope::OtherCareProviders};
    return scopes;
}

QString consentScopeKey(ConsentScope scope)
{
    for (const auto &info : kScopes) {
        if (info.scope == scope)
            return QString::fromLatin1(info.key);
    }
    return {};
}

bool consentScopeFromKey(const QString &key, ConsentScope *scope)
{
    for (const auto &info : kScopes) {
        if (key == QLatin1String(info.key)) {
            *scope = info.scope;
            return true;
        }
    }
    return false;
}

QString consentScopeLabel(ConsentScope scope)
{
    for (const auto &info : kScopes) {
        if (info.scope == scope)
            return QString::fromUtf8(info.label);
    }
    return {};
}

QString consentDecisionKey(ConsentDecision decision)
{
    switch (decision) {
    case ConsentDecision::Limited:
        return QStringLiteral("limited");
    case ConsentDecision::Refused:
        return QStringLiteral("refused");
    case ConsentDecision::Given:
        break;
    }
    return QStringLiteral("given");
}

ConsentDecision consentDecisionFromKey(const QString &key)
{
    if (key == QLatin1String("limited"))
        return ConsentDecision::Limited;
    if (key == QLatin1String("refused"))
        return ConsentDecision::Refused;
    return ConsentDecision::Given;
}

QString consentDecisionLabel(ConsentDecision decision)
{
    switch (decision) {
    case ConsentDecision::Limited:
        return QStringLiteral("Begränsat samtycke");
    case ConsentDecision::Refused:
        return QStringLiteral("Inget samtycke");
    case ConsentDecision::Given:
        break;
    }
    return QStringLiteral("Samtycke");
}

QString Consent::validationError() const
{
    if (clientId == 0)
        return QStringLiteral("Välj kund för samtycket.");
    if (!decidedOn.isValid())
        return QStringLiteral("Ange datum då samtycket lämnades.");
    if (decision == ConsentDecision::Limited && limitation.trimmed().isEmpty())
        return QStringLiteral("Beskriv hur samtycket är begränsat.");
    if (givenBy == ConsentGivenBy::Representative && representative.trimmed().isEmpty())
        return QStringLiteral("Ange vem som företräder kunden (namn och roll, till exempel god "
                              "man).");
    return {};
}

QString samordningConsentProblem(const Consent *latest, const QDate &onDate)
{
    if (!latest)
        return QStringLiteral("Kunden saknar samtycke till att information delas med andra "
                              "vårdgivare (region, vårdcentral). Samtycke krävs innan kunden "
                              "tas upp på ett samordningsmöte.");
    if (latest->decision == ConsentDecision::Refused)
        return QStringLiteral("Kunden har inte samtyckt (%1) till att information delas med "
                              "andra vårdgivare. Kunden kan därför inte tas upp på ett "
                              "samordningsmöte.")
            .arg(latest->decidedOn.toString(Qt::ISODate));
    if (latest->isExpired(onDate))
        return QStringLiteral("Samtycket till att dela information med andra vårdgivare gällde "
                              "till och med %1 och måste förnyas innan kunden tas upp på ett "
                              "samordningsmöte.")
            .arg(latest->validUntil.toString(Qt::ISODate));
    return {};
}

} // namespace tf
