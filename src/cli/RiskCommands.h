#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `risk score --instrument KEY --answers FILE|-`: scores one Senior Alert
// instrument from JSON answers, without a database.
void addRiskOptions(QCommandLineParser &parser);
int runRisk(CliContext &context);

} // namespace tf
