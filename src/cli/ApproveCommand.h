#pragma once

#include "cli/CliCommands.h"

namespace tf {

// `approve --meeting ID`: the signed-in person approves the minutes as
// themselves. On SQLite the approver is the person given with --as (or the
// one remembered for this computer account) and confirms it with their
// personal code, read from the first line of standard input; on PostgreSQL
// the login is the approver. Only the meeting's chair or a justerare named
// at it may approve.
int runApprove(CliContext &context);

} // namespace tf
