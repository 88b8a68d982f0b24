#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `risk individuals --meeting ID [add --client ID …]`: the riskindivider
// proposed for a samordningsmöte, and the chair's choice put on its agenda;
// `risk hospital-stay --client ID --date DATUM [--text TEXT]`: the client
// came home from hospital.
int runRiskIndividuals(CliContext &context);
int runHospitalStay(CliContext &context);

} // namespace tf
