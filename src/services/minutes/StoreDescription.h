#pragma once

#include <QString>

namespace tf {

class Workspace;

// What the status bar says about the open database.
struct StoreDescription
{
    QString engineName; // "SQLite", "PostgreSQL"
    QString displayName; // the file or the server, without a password
    bool readOnly = false;
};

StoreDescription describeStore(Workspace &workspace);

} // namespace tf
