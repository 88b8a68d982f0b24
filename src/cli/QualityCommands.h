#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `deviation add|list|import|summary` and `complaint add|list|feedback`:
// avvikelser and klagomål och synpunkter (services/quality), as JSON.
void addQualityOptions(QCommandLineParser &parser);
int runDeviation(CliContext &context);
int runComplaint(CliContext &context);

} // namespace tf
