#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `consents [--unit ID] [--date DATUM] [--days N]`: the consents that end
// within N days (30) and the clients on coming samordningsmöten without a
// valid consent, for the unit or the person's units.
int runConsents(CliContext &context);

} // namespace tf
