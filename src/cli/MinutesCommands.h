#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `minutes --meeting ID`, `actions --unit ID [--status open|due|overdue|done]`,
// `export-minutes --meeting ID --pdf FILE [--anonymize]` and `search QUERY`.
void addMinutesOptions(QCommandLineParser &parser);
int runMinutes(CliContext &context);
int runActions(CliContext &context);
int runExportMinutes(CliContext &context);
int runSearch(CliContext &context);

} // namespace tf
