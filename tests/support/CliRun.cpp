#include "support/CliRun.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace tf::test {

CliRun runCli(
    const QStringList &arguments, const QByteArray &standardInput, const CliConditions &conditions)
{
    QProcess process;
    QString program = QStringLiteral(TEAMFORUM_CLI_PATH);
    QStringList programArguments = arguments;
    if (conditions.fileModesApply && ::geteuid() == 0) {
        programArguments = QStringList {QStringLiteral("--inh-caps=-all"),
                               QStringLiteral("--bounding-set=-dac_override,-dac_read_search"),
                               QStringLiteral("--"), program}
            + arguments;
        program = QStringLiteral("setpriv");
    }
    const qint64 limit = conditions.maxFileBytes;
    if (limit > 0) {
        process.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit size {static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
            ::setrlimit(RLIMIT_FSIZE, &size);
        });
    }
    process.start(program, programArguments);
    REQUIRE(process.waitForStarted(60000));
    process.write(standardInput);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace tf::test
