#pragma once

class QCommandLineParser;

namespace tf {

struct CliContext;

// end-employment, handover and end-insats: keeping the register true when
// staff leave and clients move (docs/leavers-and-movers.md).
void addStaffOptions(QCommandLineParser &parser);
int runEndEmployment(CliContext &context);
int runHandover(CliContext &context);
int runEndInsats(CliContext &context);

} // namespace tf
