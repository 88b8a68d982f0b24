#include "support/PowerLossVfs.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QHash>

#include <cstring>
#include <memory>

namespace tf::test {

namespace {

// What the program sees of one file: its whole content, and the part not
// yet on the disk. Shared by every handle on the same path, as the page
// cache is.
struct Volatile
{
    QByteArray content;
    qint64 dirtyFrom = -1; // the unsynced span [dirtyFrom, dirtyTo)
    qint64 dirtyTo = -1;
    bool sizeChanged = false;
    int handles = 0;
};

struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs {};
    qint64 operationsBeforeLoss = 0;
    qint64 operations = 0;
    qint64 syncs = 0;
    bool lost = false;
    QHash<QByteArray, std::shared_ptr<Volatile>> files;
};

State *state = nullptr;

struct File
{
    sqlite3_file base; // first: SQLite sees this
    sqlite3_file *real;
    std::shared_ptr<Volatile> data; // null: passed through unbuffered
    QByteArray name;
};

File *own(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

// Counts one operation that changes a file; false when the power is gone.
bool powered()
{
    if (state->lost)
        return false;
    if (++state->operations >= state->operationsBeforeLoss) {
        state->lost = true;
        return false;
    }
    return true;
}

int xClose(sqlite3_file *file)
{
    File *f = own(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    if (f->data && --f->data->handles == 0)
        state->files.remove(f->name);
    f->data.reset();
    f->data.~shared_ptr();
    f->name.~QByteArray();
    sqlite3_free(f->real);
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    File *f = own(file);
    if (!f->data)
        return f->real->pMethods->xRead(f->real, buffer, amount, offset);
    const qint64 size = f->data->content.size();
    const qint64 available = qBound(qint64(0), qint64(size - offset), qint64(amount));
    if (available > 0)
        std::memcpy(buffer, f->data->content.constData() + offset, size_t(available));
    if (available < amount) {
        std::memset(static_cast<char *>(buffer) + available, 0, size_t(amount - available));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

void markDirty(Volatile &data, qint64 from, qint64 to)
{
    data.dirtyFrom = data.dirtyFrom < 0 ? from : qMin(data.dirtyFrom, from);
    data.dirtyTo = qMax(data.dirtyTo, to);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    File *f = own(file);
    if (!powered())
        return SQLITE_IOERR_WRITE;
    if (!f->data)
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    QByteArray &content = f->data->content;
    if (content.size() < offset + amount) {
        content.resize(offset + amount, '\0');
        f->data->sizeChanged = true;
    }
    std::memcpy(content.data() + offset, buffer, size_t(amount));
    markDirty(*f->data, offset, offset + amount);
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    File *f = own(file);
    if (!powered())
        return SQLITE_IOERR_TRUNCATE;
    if (!f->data)
        return f->real->pMethods->xTruncate(f->real, size);
    if (f->data->content.size() > size) {
        f->data->content.truncate(size);
        f->data->sizeChanged = true;
        if (f->data->dirtyTo > size)
            f->data->dirtyTo = size;
    }
    return SQLITE_OK;
}

int xSync(sqlite3_file *file, int flags)
{
    File *f = own(file);
    if (!powered())
        return SQLITE_IOERR_FSYNC;
    if (f->data) {
        Volatile &data = *f->data;
        const sqlite3_io_methods *real = f->real->pMethods;
        if (data.dirtyFrom >= 0 && data.dirtyTo > data.dirtyFrom) {
            const int rc = real->xWrite(f->real, data.content.constData() + data.dirtyFrom,
                int(data.dirtyTo - data.dirtyFrom), data.dirtyFrom);
            if (rc != SQLITE_OK)
                return rc;
        }
        if (data.sizeChanged) {
            const int rc = real->xTruncate(f->real, data.content.size());
            if (rc != SQLITE_OK)
                return rc;
        }
        data.dirtyFrom = data.dirtyTo = -1;
        data.sizeChanged = false;
    }
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK)
        ++state->syncs;
    return rc;
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = own(file);
    if (!f->data)
        return f->real->pMethods->xFileSize(f->real, size);
    *size = f->data->content.size();
    return SQLITE_OK;
}

int xLock(sqlite3_file *file, int level)
{
    return own(file)->real->pMethods->xLock(own(file)->real, level);
}

int xUnlock(sqlite3_file *file, int level)
{
    return own(file)->real->pMethods->xUnlock(own(file)->real, level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return own(file)->real->pMethods->xCheckReservedLock(own(file)->real, out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    // Hints that would grow the file on the disk behind the cache's back.
    if (own(file)->data && (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE))
        return SQLITE_NOTFOUND;
    return own(file)->real->pMethods->xFileControl(own(file)->real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    return own(file)->real->pMethods->xSectorSize(own(file)->real);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return own(file)->real->pMethods->xDeviceCharacteristics(own(file)->real);
}

int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    return own(file)->real->pMethods->xShmMap(own(file)->real, page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return own(file)->real->pMethods->xShmLock(own(file)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    own(file)->real->pMethods->xShmBarrier(own(file)->real);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return own(file)->real->pMethods->xShmUnmap(own(file)->real, deleteFlag);
}

// No memory-mapped reads: they would read the disk, not what was written.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock,
    xUnlock, xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap,
    xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = own(file);
    f->base.pMethods = nullptr;
    auto *real = static_cast<sqlite3_file *>(sqlite3_malloc(state->real->szOsFile));
    if (!real)
        return SQLITE_NOMEM;
    std::memset(real, 0, size_t(state->real->szOsFile));
    const int rc = state->real->xOpen(state->real, name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods)
            real->pMethods->xClose(real);
        sqlite3_free(real);
        return rc;
    }
    f->real = real;
    new (&f->data) std::shared_ptr<Volatile>();
    new (&f->name) QByteArray(name ? QByteArray(name) : QByteArray());
    const bool cached
        = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (cached) {
        std::shared_ptr<Volatile> &data = state->files[f->name];
        if (!data) {
            data = std::make_shared<Volatile>();
            sqlite3_int64 size = 0;
            real->pMethods->xFileSize(real, &size);
            data->content.resize(size);
            if (size > 0)
                real->pMethods->xRead(real, data->content.data(), int(size), 0);
        }
        ++data->handles;
        f->data = data;
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    if (!powered())
        return SQLITE_IOERR_DELETE;
    // Deleting a journal or log is how SQLite ends a transaction; the
    // system VFS syncs the folder when asked, so it is done at once.
    if (auto data = state->files.value(QByteArray(name))) {
        data->content.clear();
        data->dirtyFrom = data->dirtyTo = -1;
        data->sizeChanged = false;
    }
    return state->real->xDelete(state->real, name, syncDirectory);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state->real->xAccess(state->real, name, flags, out);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state->real->xFullPathname(state->real, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return state->real->xDlOpen(state->real, name);
}

void xDlError(sqlite3_vfs *, int size, char *out)
{
    state->real->xDlError(state->real, size, out);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state->real->xDlSym(state->real, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    state->real->xDlClose(state->real, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return state->real->xRandomness(state->real, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return state->real->xSleep(state->real, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *out)
{
    return state->real->xCurrentTime(state->real, out);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return state->real->xGetLastError(state->real, size, out);
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state->real->xCurrentTimeInt64(state->real, out);
}

} // namespace

PowerLossVfs::PowerLossVfs(qint64 operationsBeforeLoss)
{
    Q_ASSERT(!state);
    state = new State;
    state->real = sqlite3_vfs_find(nullptr);
    state->operationsBeforeLoss = operationsBeforeLoss;
    sqlite3_vfs &vfs = state->vfs;
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(File));
    vfs.mxPathname = state->real->mxPathname;
    vfs.zName = "teamforum-power-loss";
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

PowerLossVfs::~PowerLossVfs()
{
    sqlite3_vfs_unregister(&state->vfs);
    sqlite3_vfs_register(state->real, 1);
    delete state;
    state = nullptr;
}

void PowerLossVfs::cutPower()
{
    state->lost = true;
}

bool PowerLossVfs::powerLost() const
{
    return state->lost;
}

qint64 PowerLossVfs::operations() const
{
    return state->operations;
}

qint64 PowerLossVfs::syncs() const
{
    return state->syncs;
}

} // namespace tf::test
