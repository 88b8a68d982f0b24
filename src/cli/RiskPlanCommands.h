#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `risk plan add --assessment ID --what TEXT --person ID --follow-up DATUM`,
// `risk plan list --client ID`, `risk plan follow-up --measure ID --date
// DATUM --text TEXT`: the vårdplan after an assessment with risk.
void addRiskPlanOptions(QCommandLineParser &parser);
int runRiskPlan(CliContext &context);

} // namespace tf
