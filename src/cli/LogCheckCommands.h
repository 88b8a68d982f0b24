#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `access-log check --unit ID --month ÅÅÅÅ-MM [--sample N]`,
// `access-log save-check --unit ID --month ÅÅÅÅ-MM --judgements FIL|-`,
// `access-log checks --year ÅÅÅÅ` and `access-log overdue`: the documented
// loggkontroll (services/LogChecks), as JSON.
void addLogCheckOptions(QCommandLineParser &parser);
// Runs the subcommand named by the first argument; -1 when there is none.
int runLogCheck(CliContext &context);

} // namespace tf
