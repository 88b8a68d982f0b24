#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `generate --scale small|municipality|region --seed N`: fills a new database with
// realistic, deterministic data (for benchmarks and trials).
void addGenerateOptions(QCommandLineParser &parser);
int runGenerate(CliContext &context);

} // namespace tf
