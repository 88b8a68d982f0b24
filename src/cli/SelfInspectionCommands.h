#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addSelfInspectionOptions(QCommandLineParser &parser);
// `egenkontroll plan [--unit ID] | status --unit ID [--date DATUM] | record
// --unit ID --check NYCKEL --date DATUM --finding TEXT [--measures TEXT] |
// summary --year ÅÅÅÅ --half 1|2 [--unit ID]`.
int runSelfInspection(CliContext &context);

} // namespace tf
