#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// Opening one meeting through the program's repositories, against the raw
// SQL reads of the same rows.
QJsonObject measureOpenMeeting(Workspace &workspace, int runs);

} // namespace tf::bench
