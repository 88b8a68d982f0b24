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
    double ms = -1; // to the window's first paint
    double viewMs = -1; // to the first paint of the filled view, where asked
    long residentKb = 0;
};

// Starts the program and waits for its "painted <kB>" line and, with
// waitForView, its "view <kB>" line.
PaintRun runUntilPainted(const QString &program, const QStringList &arguments, bool waitForView)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TEAMFORUM_EXIT_AFTER_FIRST_PAINT"),
        waitForView ? QStringLiteral("view") : QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    PaintRun run;
    while (process.waitForReadyRead(30000)) {
        const double now = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        while (process.canReadLine()) {
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.size() != 2)
                continue;
            if (words.first() == "painted")
                run.ms = now;
            else if (words.first() == "view")
                run.viewMs = now;
            run.residentKb = words.last().toLong();
        }
        if (run.ms >= 0 && (!waitForView || run.viewMs >= 0))
            break;
    }
    process.waitForFinished(30000);
    return run;
}
} // namespace

QJsonObject measureStartup(const QString &databasePath, int runs)
{
    QList<double> program;
    QList<double> view;
    QList<double> empty;
    QList<double> memory;
    const QString app = QStringLiteral(TEAMFORUM_APP_PATH);
    const QStringList arguments {QStringLiteral("--database"), databasePath};
    // One warm-up each so that both start from a warm page cache.
    runUntilPainted(app, arguments, true);
    runUntilPainted(QStringLiteral(TEAMFORUM_EMPTY_WINDOW_PATH), {}, false);
    for (int i = 0; i < runs; ++i) {
        const PaintRun run = runUntilPainted(app, arguments, true);
        const PaintRun floor
            = runUntilPainted(QStringLiteral(TEAMFORUM_EMPTY_WINDOW_PATH), {}, false);
        if (run.ms < 0 || run.viewMs < 0 || floor.ms < 0)
            return {{QStringLiteral("error"),
                QStringLiteral("a window never reported its first paint")}};
        program << run.ms;
        view << run.viewMs;
        empty << floor.ms;
        memory << static_cast<double>(run.residentKb) / 1024.0;
    }
    QJsonObject resident;
    resident.insert(QStringLiteral("medianMB"), qRound(median(memory) * 10) / 10.0);
    resident.insert(QStringLiteral("targetMB"), 150);
    resident.insert(QStringLiteral("meetsTarget"), median(memory) <= 150);
    return {{QStringLiteral("startToPaintedWindow"), figure(program, empty, 400, 2)},
        // The same start until the view the window opens on, Idag, is
        // painted with the signed-in person's meetings, actions and checks.
        {QStringLiteral("startToTodayFilled"), figure(view, empty, 400, 0)},
        {QStringLiteral("residentMemory"), resident}};
}

} // namespace tf::bench
