#pragma once

#include "cli/CliCommands.h"

namespace tf {

// The chair's commands: `add-unit`, `units`, `meetings`, `schedule`,
// `schedule-once` and `export-ics`.
void addChairOptions(QCommandLineParser &parser);
int runAddUnit(CliContext &context);
int runUnits(CliContext &context);
int runMeetings(CliContext &context);
int runSchedule(CliContext &context);
int runScheduleOnce(CliContext &context);
int runExportIcs(CliContext &context);

} // namespace tf
