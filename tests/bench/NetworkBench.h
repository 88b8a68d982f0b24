#pragma once

#include <QJsonObject>
#include <QString>

namespace tf::bench {

// The main actions over a town's network: a relay (tests/support/WireProxy)
// between the program and PostgreSQL holds every message delayEachWayMs in
// each direction (10 ms each way: a 20 ms round trip). Each action is timed
// and its round trips counted; its floor is one round trip, the least any
// action that asks the server can cost. Works in a schema of its own.
QJsonObject measureOverNetwork(const QString &postgresUrl, int runs, int delayEachWayMs = 10);

} // namespace tf::bench
