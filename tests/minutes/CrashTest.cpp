// The notes writer is killed with SIGKILL again and again while it types:
// nothing committed may be lost, at most a second of typing, and the
// database must pass its integrity check every time.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace tf;

namespace {
struct Progress
{
    qint64 typed = 0;
    qint64 committed = 0;
};

void readLines(QProcess &process, Progress &progress, QByteArray &pending)
{
    pending += process.readAllStandardOutput();
    int end = 0;
    while ((end = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(end);
        pending.remove(0, end + 1);
        if (line.startsWith("typed "))
            progress.typed = line.mid(6).toLongLong();
        else if (line.startsWith("committed "))
            progress.committed = line.mid(10).toLongLong();
    }
}
} // namespace

TEST_CASE("minutes survive the program being killed while the secretary types", "[crash]")
{
    const auto backend = test::sqliteBackend();
    test::MinutesFixture f;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        f = test::makeMinutesFixture(workspace);
    }
    QString previous;
    // scripts/robustness asks for more (TEAMFORUM_CRASH_KILLS, 200 there).
    const int kills = qEnvironmentVariableIntValue("TEAMFORUM_CRASH_KILLS") > 0
        ? qEnvironmentVariableIntValue("TEAMFORUM_CRASH_KILLS")
        : 20;
    int survived = 0;
    qint64 lost = 0; // committed characters missing after a kill
    // 50 characters a second: the writer types one every 20 ms.
    const qint64 oneSecondOfTyping = 50;
    for (int run = 0; run < kills; ++run) {
        INFO("run " << run);
        QProcess writer;
        writer.start(QStringLiteral(TEAMFORUM_CRASH_WRITER_PATH),
            {backend.spec.path, QString::number(f.meetingId)});
        REQUIRE(writer.waitForStarted());
        Progress progress;
        QByteArray pending;
        const qint64 keystrokes = 10 + QRandomGenerator::global()->bounded(90);
        qint64 startLength = -1;
        while (writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            readLines(writer, progress, pending);
            if (startLength < 0 && progress.typed > 0)
                startLength = progress.typed - 1;
            if (startLength >= 0 && progress.typed - startLength >= keystrokes)
                break;
        }
        REQUIRE(writer.state() == QProcess::Running);
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        readLines(writer, progress, pending);
        INFO("writer said: " << writer.readAllStandardError().right(400).toStdString());

        Workspace after(backend.spec);
        after.open();
        const bool intact = after.check().isEmpty();
        CHECK(intact); // schema and PRAGMA integrity_check
        QString stored;
        const auto entries = after.minutes().entries(f.meetingId);
        for (const auto &entry : entries) {
            if (entry.agendaItemId == f.itemIds.first() && entry.section.isEmpty())
                stored = entry.text;
        }
        INFO("typed " << progress.typed << ", reported committed " << progress.committed
                      << ", stored " << stored.size());
        const bool keptEarlier = stored.startsWith(previous);
        CHECK(keptEarlier); // nothing committed earlier is lost
        CHECK(stored.size() >= progress.committed); // nor what was just committed
        CHECK(progress.typed - stored.size() <= oneSecondOfTyping); // at most a second of typing
        lost += qMax<qint64>(0, progress.committed - stored.size())
            + (keptEarlier ? 0 : previous.size());
        if (intact && keptEarlier && stored.size() >= progress.committed
            && progress.typed - stored.size() <= oneSecondOfTyping)
            ++survived;
        previous = stored;
    }
    CHECK(previous.size() > 200);
    test::reportRobustness(
        QStringLiteral("SIGKILL while minutes are typed"), kills, survived, lost);
}
