#pragma once

#include <QString>

namespace tf {

class Workspace;

// What the views say about the open database: the status bar names it, and
// a read-only store offers no saving.
struct StoreDescription
{
    QString engineName; // "SQLite", "PostgreSQL"
    QString displayName; // the file or the server, without a password
    bool readOnly = false;
};

StoreDescription describeStore(Workspace &workspace);

} // namespace tf
