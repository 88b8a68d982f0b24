#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `client register --unit ID --personnummer NR --name NAMN [--apartment TEXT]
// [--from DATE] | list --unit ID [--date DATE] | units --client ID | serve
// --client ID --unit ID --from DATE | unserve --client ID --unit ID --date
// DATE`: one client record across the units that serve the person.
// `samordning units --unit ID [--coordinates ID,ID…] | clients --meeting ID
// [--date DATE]`: the units a samordningsmöte coordinates and the clients its
// agenda may take up.
void addSharedClientOptions(QCommandLineParser &parser);
int runClient(CliContext &context);
int runSamordning(CliContext &context);

} // namespace tf
