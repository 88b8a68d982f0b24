#pragma once

#include <QtGlobal>

namespace tf::test {

// A SQLite VFS over the system's own ("unix") that behaves like a disk with
// a write cache: what is written to the database, its -wal or its journal is
// kept in memory until the file is synced, and only then reaches the file.
// After `operationsBeforeLoss` writes, syncs and truncations the power goes:
// that operation and every later one fails and nothing unsynced reaches the
// file, as if the machine had stopped there. Locks and the -shm memory are
// the system VFS's own.
//
// While it lives it is SQLite's default VFS, so every connection opened
// meanwhile goes through it, Qt's QSQLITE driver's included (it uses the
// same system libsqlite3). One at a time.
class PowerLossVfs
{
public:
    explicit PowerLossVfs(qint64 operationsBeforeLoss);
    ~PowerLossVfs();
    PowerLossVfs(const PowerLossVfs &) = delete;
    PowerLossVfs &operator=(const PowerLossVfs &) = delete;

    // Cuts the power now, if it has not gone already.
    void cutPower();
    bool powerLost() const;
    // Writes, syncs and truncations seen, the failed one included.
    qint64 operations() const;
    // Syncs that reached the disk.
    qint64 syncs() const;
};

} // namespace tf::test
