#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `objection --note ID | --assessment ID --text TEXT`: records that the
// client holds the note or risk assessment to be wrong.
// `correct-note --note ID --text TEXT --reason REASON`: corrects a note,
// keeping the text it had, why, who corrected it and when.
void addObjectionOptions(QCommandLineParser &parser);
int runObjection(CliContext &context);
int runCorrectNote(CliContext &context);

} // namespace tf
