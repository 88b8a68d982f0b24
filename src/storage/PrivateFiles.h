#pragma once

#include <QString>

namespace tf {

// Care data is for the computer account that uses the program: the database,
// its -wal and -shm files, backups, logs and exports are readable by their
// owner only (files 0600, folders 0700), whatever the umask says.

// Every file and folder the process creates from now on is its owner's only.
// Called first thing by each program.
void makeNewFilesPrivate();

// Takes group and other permissions away from an existing file or folder of
// ours; leaves other owners' files and missing paths alone.
void makePrivate(const QString &path);

// Forces a file's contents, or a folder's entries (after a rename), to the
// disk. False when the path cannot be opened or synced.
bool syncToDisk(const QString &path);

} // namespace tf
