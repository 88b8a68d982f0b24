#pragma once

#include "domain/Retention.h"

namespace tf {

// The organisation's retention rule for a kind of provider, as configured in
// resources/retention/retention_rules.json. Throws std::runtime_error when
// the resource is damaged (a build defect).
RetentionRule retentionRule(CareProvider provider);

} // namespace tf
