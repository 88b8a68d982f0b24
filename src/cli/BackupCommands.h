#pragma once

#include "cli/CliCommands.h"

namespace tf {

// backup --output FIL: a checked copy of the SQLite database.
int runBackup(CliContext &context);

} // namespace tf
