#pragma once

#include "domain/Compliance.h"

#include <QJsonObject>

namespace tf {

// The report as `teamforum-cli report --json` prints it: {"year", "asOf",
// "units": [{"unitId", "name", "serviceType", "forums": [{"forum", "name",
// "held", "expected", …, "attendanceRate", "attendanceByRole"}], "actions",
// "assessments", "logChecks"}]}. A rate with nothing to count is null.
QJsonObject complianceJson(const ComplianceReport &report);

} // namespace tf
