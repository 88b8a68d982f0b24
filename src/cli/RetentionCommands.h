#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addRetentionOptions(QCommandLineParser &parser);
// retention decide: what the retention rule says of one person's data.
int runRetention(CliContext &context);

} // namespace tf
