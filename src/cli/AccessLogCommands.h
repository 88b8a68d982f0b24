#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `access-log (--client PNR|ID | --person ID | --from DATUM --to DATUM)
// [--sample N] [--without-care-relation] [--limit N]`: the access log for a
// loggkontroll, as JSON.
void addAccessLogOptions(QCommandLineParser &parser);
int runAccessLog(CliContext &context);

// --client takes a personnummer or the client's id: the client's id, or 0
// after a Swedish message.
qint64 clientFrom(CliContext &context, Workspace &workspace);

} // namespace tf
