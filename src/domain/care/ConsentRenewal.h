#pragma once

#include "domain/care/Consent.h"

namespace tf {

// True when the consent still allows sharing on `today` and its last valid
// day is within `days` days from then (today + days included): it is time
// to renew it. An expired or refused consent is not "expiring".
bool consentExpiresWithin(const Consent &consent, const QDate &today, int days);

} // namespace tf
