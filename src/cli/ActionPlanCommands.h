#pragma once

#include "cli/CliCommands.h"

namespace tf {

void addActionPlanOptions(QCommandLineParser &parser);
// `handlingsplan list --unit ID [--status open|all] | add --unit ID --area
// TEXT --forum NYCKEL [--current-state TEXT] [--goal TEXT] | action --plan ID
// [--action ID] --what TEXT (--who TEXT | --person ID) [--due DATUM]
// [--status NYCKEL] | sign-off --plan ID [--date DATUM] | due [--unit ID]
// [--person ID] [--days N] [--date DATUM]`.
int runActionPlan(CliContext &context);
// `arshjul show [--unit ID] | set --unit ID --month 1–12 (--topic TEXT …
// | --reset)`.
int runYearWheel(CliContext &context);

} // namespace tf
