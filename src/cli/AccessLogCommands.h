#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `access-log (--client PNR|ID | --person ID | --from DATUM --to DATUM)
// [--sample N] [--without-care-relation] [--limit N]`: the access log for a
// loggkontroll, as JSON.
void addAccessLogOptions(QCommandLineParser &parser);
int runAccessLog(CliContext &context);

} // namespace tf
