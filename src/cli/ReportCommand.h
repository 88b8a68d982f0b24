#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `report --year ÅÅÅÅ [--unit ID] (--json [FIL] | --pdf FIL)`: how the
// routine was kept, per unit and forum (services/quality/ComplianceReport).
int runReport(CliContext &context);

// A bare --json after `report` (last, or followed by another option) means
// standard output; the parser wants a value, so "-" is put in for it.
QStringList withReportJsonToStdout(const QStringList &arguments);

} // namespace tf
