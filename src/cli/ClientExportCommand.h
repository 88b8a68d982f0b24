#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addClientExportOptions(QCommandLineParser &parser);
// client-export --client PNR|ID --json FIL [--pdf FIL]: everything about one
// client, for the client's right of access.
int runClientExport(CliContext &context);

} // namespace tf
