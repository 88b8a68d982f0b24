#pragma once

#include <QJsonObject>

namespace tf {
class Workspace;
}

namespace tf::bench {

// A keystroke in the live minutes until another connection reads it from
// disk, and the longest stall of the GUI thread while saving, measured on
// the real notes editor of a coming meeting. The other connection has the
// workspace's connection spec (over the network: through the same relay).
QJsonObject measureKeystrokeCommit(Workspace &workspace, int runs, double targetMs = 1000);

} // namespace tf::bench
