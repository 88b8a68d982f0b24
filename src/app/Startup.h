#pragma once

#include "storage/ConnectionSpec.h"

#include <QString>

class QApplication;

namespace tf {

// Reads --database from the command line, then the setting
// "database/connection", then falls back to the local SQLite default. For
// PostgreSQL, the setting "database/caFile" requires TLS verified against
// that CA certificate (sslmode=verify-full).
// Returns false (with a Swedish message) when the choice cannot be used.
bool chooseConnection(const QApplication &app, ConnectionSpec *spec, QString *error);

} // namespace tf
