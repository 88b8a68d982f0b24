#include "domain/care/ConsentRenewal.h"

namespace tf {

bool consentExpiresWithin(const Consent &consent, const QDate &today, int days)
{
    return consent.allowsSharing(today) && consent.validUntil <= today.addDays(days);
}

} // namespace tf
