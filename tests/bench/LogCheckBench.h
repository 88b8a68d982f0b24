#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// The loggkontroll of one month: prepareLogCheck for the unit whose
// clients were read most in the log's newest whole month with reads, with
// a stickprov of 20, as an enhetschef prepares it (its reads logged). The
// floor reads the same month's entries of that unit with their care
// relation in one statement and logs the same clients' reads in one
// insert; it must find the same reads without a care relation.
QJsonObject measureLogCheckMonth(Workspace &workspace, int runs);

} // namespace tf::bench
