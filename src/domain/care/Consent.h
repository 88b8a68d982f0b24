#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

enum class ConsentScope {
    Relatives, // närstående
    MunicipalProfessions, // other professions in the municipality
    OtherCareProviders, // region, health centre
};
enum class ConsentDecision { Given, Limited, Refused };
enum class ConsentGivenBy { Client, Representative };
enum class ConsentForm { Written, Oral };

QString consentScopeKey(ConsentScope scope);
bool consentScopeFromKey(const QString &key, ConsentScope *scope);
QString consentScopeLabel(ConsentScope scope); // Swedish
QString consentDecisionKey(ConsentDecision decision);
ConsentDecision consentDecisionFromKey(const QString &key);
QString consentDecisionLabel(ConsentDecision decision); // Swedish
const QList<ConsentScope> &allConsentScopes();

// The client's consent to share information in one scope. Renewed yearly: a
// decision is valid up to and including validUntil.
struct Consent
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 clientId = 0;
    ConsentScope scope = ConsentScope::Relatives;
    ConsentDecision decision = ConsentDecision::Given;
    QString limitation; // what the client limited the consent to
    ConsentGivenBy givenBy = ConsentGivenBy::Client;
    QString representative; // name and role, e.g. "Lena Ek, god man"
    ConsentForm form = ConsentForm::Oral;
    QDate decidedOn;
    QDate validUntil;
    qint64 recordedById = 0;

    static QDate expiryFor(const QDate &decidedOn) { return decidedOn.addYears(1).addDays(-1); }
    bool isExpired(const QDate &today) const { return !validUntil.isValid() || validUntil < today; }
    // Given or limited, and not expired.
    bool allowsSharing(const QDate &today) const
    {
        return decision != ConsentDecision::Refused && !isExpired(today);
    }
    // Empty when the consent can be saved, else a Swedish message.
    QString validationError() const;
};

// Why a client cannot be put on a samordningsmöte on `onDate`, in Swedish;
// empty when the consent for other care providers is valid. `latest` is the
// latest consent for that scope, if any.
QString samordningConsentProblem(const Consent *latest, const QDate &onDate);

} // namespace tf
