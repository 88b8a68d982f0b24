#pragma once

#include "cli/CliCommands.h"

#include <QDate>
#include <QTime>

namespace tf {

class Workspace;

// The options several commands share, read in one place so each command
// refuses the same bad value the same way. Each prints a Swedish message on
// standard error and returns false when the value is missing or malformed;
// the command then exits with 2.

// A required option with a non-empty value.
bool required(CliContext &context, const QString &name, QString *value);
// A required id: a positive whole number.
bool idOf(CliContext &context, const QString &name, qint64 *id);
// A required date as YYYY-MM-DD.
bool dateOf(CliContext &context, const QString &name, QDate *date);
// A required time of day as H:MM.
bool timeOf(CliContext &context, const QString &name, QTime *time);
// --from and --to, both required, whole days; --to may not be before --from.
bool periodOf(CliContext &context, QDate *from, QDate *to);
// A required year, 2000–9999.
bool yearOf(CliContext &context, const QString &name, int *year);
// A positive whole number that fits an int.
bool countOf(CliContext &context, const QString &name, int *value);

// A command's missing or unknown sub-command: says which ones there are
// ("deviation", "add, list eller summary") and returns the exit code 2.
int unknownSubcommand(CliContext &context, const QString &command, const QString &choices);

// Reads a whole file, or standard input for "-". False with a Swedish
// reason naming the file as `what` (e.g. "svarsfilen").
bool readInputFile(const QString &path, const QString &what, QByteArray *data, QString *error);

// After the workspace is open: false, with a Swedish message, when the
// unit does not exist (the command then exits with 1).
bool unitExists(CliContext &context, Workspace &workspace, qint64 unitId);

} // namespace tf
