// The notes writer is killed with SIGKILL again and again while it types:
// nothing committed may be lost, at most a second of typing, and the
// database must pass its integrity check every time.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
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
    const int kills = 20;
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
        CHECK(after.check().isEmpty()); // schema and PRAGMA integrity_check
        QString stored;
        const auto entries = after.minutes().entries(f.meetingId);
        for (const auto &entry : entries) {
            if (entry.agendaItemId == f.itemIds.first() && entry.section.isEmpty())
                stored = entry.text;
        }
        INFO("typed " << progress.typed << ", reported committed " << progress.committed
                      << ", stored " << stored.size());
        CHECK(stored.startsWith(previous)); // nothing committed earlier is lost
        CHECK(stored.size() >= progress.committed); // nor what was just committed
        CHECK(progress.typed - stored.size() <= oneSecondOfTyping); // at most a second of typing
        previous = stored;
    }
    CHECK(previous.size() > 200);
}
