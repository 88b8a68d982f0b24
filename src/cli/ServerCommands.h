#pragma once

#include "cli/CliCommands.h"

namespace tf {

// prepare-server: the per-database settings that keep the values the program
// sends out of PostgreSQL's server log (run once by the server's superuser).
int runPrepareServer(CliContext &context);

} // namespace tf
