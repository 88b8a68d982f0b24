#include "storage/PrivateFiles.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tf {

void makeNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

void makePrivate(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0 || info.st_uid != ::geteuid())
        return;
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return;
    ::chmod(native.constData(), info.st_mode & S_IRWXU);
}

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace tf
