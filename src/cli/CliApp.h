#pragma once

#include <QStringList>
#include <QTextStream>

namespace tf {

// `teamforum-cli [--database PATH|URL] COMMAND …`: JSON on `out`, Swedish
// errors on `err`. Returns the process exit code (0 ok, 1 failed, 2 usage).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tf
