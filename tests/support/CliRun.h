#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace tf::test {

// One run of the real teamforum-cli binary, as a script would run it.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// The conditions a run is made to meet.
struct CliConditions
{
    // Above 0: no file can grow beyond this many bytes (RLIMIT_FSIZE with
    // SIGXFSZ ignored), so write() fails with EFBIG where a full disk fails
    // with ENOSPC: the program sees a write that cannot be done.
    qint64 maxFileBytes = 0;
    // File modes hold as for an ordinary user: run by root, the program runs
    // without the capabilities that override them (setpriv).
    bool fileModesApply = false;
};

CliRun runCli(const QStringList &arguments, const QByteArray &standardInput = {},
    const CliConditions &conditions = {});

} // namespace tf::test
