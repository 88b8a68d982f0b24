#pragma once

#include "domain/Compliance.h"

namespace tf {

class Workspace;

// The routine-compliance report of a year for one unit (unitId) or every
// unit (0), as of today (the year's end for a past year). Whoever manages
// the organisation reads it (Identity::managesOrganisation); anyone else,
// an unknown unit or a year outside 2000–9999 gets StorageError (Refused)
// with a Swedish message. On PostgreSQL it counts what the login may see.
ComplianceReport complianceReport(
    Workspace &workspace, int year, qint64 unitId, const QDate &today);

} // namespace tf
