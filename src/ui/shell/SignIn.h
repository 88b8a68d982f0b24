#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace tf {

class Workspace;

// Opens the workspace and finds who is using it: the person remembered for
// this database, or one named in the first-run dialog. Returns that
// person's name. A SQLite file found damaged is offered the newest good
// backup in its place (DamagedDatabaseOffer). Otherwise the reason was shown and *exitCode says how
// the program ends (0 when the user cancelled, 1 on an error).
std::optional<QString> openAndSignIn(Workspace &workspace, QWidget *parent, int *exitCode);

} // namespace tf
