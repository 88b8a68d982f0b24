#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `care-plan status (--unit ID | --person ID) [--date DATE] | record --client
// ID --kind KIND --date DATE [--not-done] | setting --unit ID [--months 3|6]`:
// the genomförandeplan's steps, due and overdue.
// `journal list [--person ID] | documented --action ID --record sol|hsl|lss`:
// the journal reminders and marking one documented.
void addCareDutyOptions(QCommandLineParser &parser);
int runCarePlan(CliContext &context);
int runJournal(CliContext &context);

} // namespace tf
