#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `samordning guests list --meeting ID | add --meeting ID (--external ID |
// --name NAMN --organisation ORG [--role ROLL] [--email ADRESS])
// [--whole-series] | remove --meeting ID --external ID [--whole-series]`:
// the external participants of a meeting (the health centre's staff).
// `samordning register --unit ID`: the unit's register of them.
// `samordning leader show --meeting ID | set --meeting ID (--person ID |
// --external ID)`: the occurrence's leader, proposed by alternation.
void addExternalParticipantOptions(QCommandLineParser &parser);
int runSamordningGuests(CliContext &context);
int runSamordningRegister(CliContext &context);
int runSamordningLeader(CliContext &context);

} // namespace tf
