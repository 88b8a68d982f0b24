#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addBackupOptions(QCommandLineParser &parser);
// backup --output FIL: a checked copy of the SQLite database.
int runBackup(CliContext &context);
// restore --input FIL: the database's content replaced by a checked backup.
int runRestore(CliContext &context);

} // namespace tf
