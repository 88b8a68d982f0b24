#include "StartupBench.h"

#include "Stats.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>

namespace tf::bench {

namespace {
struct PaintRun
{
    double ms = 0;
    long residentKb = 0;
};

// Starts the program and waits for its "painted <kB>" line.
PaintRun runUntilPainted(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TEAMFORUM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    PaintRun run;
    QByteArray output;
    while (process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        if (output.contains('\n'))
            break;
    }
    run.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = output.trimmed().split(' ');
    if (words.size() == 2 && words.first() == "painted")
        run.residentKb = words.last().toLong();
    else
        run.ms = -1;
    process.waitForFinished(30000);
    return run;
}
} // namespace

QJsonObject measureStartup(const QString &databasePath, int runs)
{
    QList<double> program;
    QList<double> empty;
    QList<double> memory;
    // One warm-up each so that both start from a warm page cache.
    runUntilPainted(
        QStringLiteral(TEAMFORUM_APP_PATH), {QStringLiteral("--database"), databasePath});
    runUntilPainted(QStringLiteral(TEAMFORUM_EMPTY_WINDOW_PATH), {});
    for (int i = 0; i < runs; ++i) {
        const PaintRun run = runUntilPainted(
            QStringLiteral(TEAMFORUM_APP_PATH), {QStringLiteral("--database"), databasePath});
        const PaintRun floor = runUntilPainted(QStringLiteral(TEAMFORUM_EMPTY_WINDOW_PATH), {});
        if (run.ms < 0 || floor.ms < 0)
            return {{QStringLiteral("error"),
                QStringLiteral("a window never reported its first paint")}};
        program << run.ms;
        empty << floor.ms;
        memory << static_cast<double>(run.residentKb) / 1024.0;
    }
    QJsonObject result = figure(program, empty, 400, 2);
    QJsonObject resident;
    resident.insert(QStringLiteral("medianMB"), qRound(median(memory) * 10) / 10.0);
    resident.insert(QStringLiteral("targetMB"), 150);
    resident.insert(QStringLiteral("meetsTarget"), median(memory) <= 150);
    return {{QStringLiteral("startToPaintedWindow"), result},
        {QStringLiteral("residentMemory"), resident}};
}

} // namespace tf::bench
