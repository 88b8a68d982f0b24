#pragma once

#include "storage/ConnectionSpec.h"

#include <QString>
#include <QStringList>

namespace tf::bench {

// Runs statements (schema and role set-up) on a connection of its own;
// returns the server's error, empty when all ran.
QString runAsAdministrator(const ConnectionSpec &spec, const QStringList &statements);

// Creates (afresh) the schema on the server postgresUrl names and points
// *spec at it. Returns why it cannot be used, empty on success: the figure
// then says it was not measured.
QString openOwnSchema(const QString &postgresUrl, const QString &schema, ConnectionSpec *spec);

} // namespace tf::bench
