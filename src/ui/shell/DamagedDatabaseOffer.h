#pragma once

class QWidget;

namespace tf {

class StorageError;
class Workspace;

// The workspace's SQLite file was found damaged at start (openFailure). Offers
// the newest backup that passes the check, with its date: restoring it keeps
// the damaged file beside it under another name. Returns true when the
// backup is in place and the workspace open on it; false when the user chose
// to quit, no good backup exists or the restore failed (each said in
// Swedish).
bool offerNewestBackup(Workspace &workspace, const StorageError &openFailure, QWidget *parent);

} // namespace tf
