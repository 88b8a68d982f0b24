#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// Importing a CSV file of 8,000 clients (made here: new personnummer, the
// database's units, contact persons and nurses by name) into the ten-year
// database through RegisterImport: read, every row checked against the
// register, written in one transaction. Each run is rolled back at the end,
// so the database is left as it was; the commit's single sync is not timed.
QJsonObject measureImport(Workspace &workspace, int runs);

} // namespace tf::bench
