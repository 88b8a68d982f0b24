#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addRegisterOptions(QCommandLineParser &parser);
// import --kind units|staff|clients --csv FIL [--map KOLUMN=FÄLT …] [--dry-run]
// [--good-rows-only]: the register from a CSV file, the report as JSON.
int runImport(CliContext &context);
// export --kind units|staff|clients --csv FIL: the register as CSV.
int runExport(CliContext &context);

} // namespace tf
