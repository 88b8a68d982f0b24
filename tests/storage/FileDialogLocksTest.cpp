// A save dialog that shows the database's folder must leave SQLite's locks
// alone: on POSIX, closing any descriptor of a file drops every lock the
// process holds on it. Without its locks the program's WAL can be deleted by
// another program's last close, and what it saves afterwards is lost.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QProcess>

using namespace tf;

namespace {
// Waits until the process prints a line starting with `prefix`; returns it.
QByteArray waitForLine(QProcess &process, const QByteArray &prefix)
{
    for (int tries = 0; tries < 300 && process.state() == QProcess::Running; ++tries) {
        if (!process.canReadLine())
            process.waitForReadyRead(100);
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
        }
    }
    return {};
}

// Whether /proc/locks lists a lock held by the process.
bool holdsLocks(qint64 pid)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 4242 08:01:1234 128 128"
        if (fields.size() > 4 && fields.at(4).toLongLong() == pid)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("a save dialog on the database's folder keeps what is saved afterwards", "[crash]")
{
    const auto backend = test::sqliteBackend();
    test::MinutesFixture f;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        f = test::makeMinutesFixture(workspace);
    }
    QProcess saver;
    saver.start(QStringLiteral(TEAMFORUM_DIALOG_SAVER_PATH),
        {backend.spec.path, QString::number(f.itemIds.first())});
    REQUIRE(saver.waitForStarted());
    REQUIRE(waitForLine(saver, "closed") == "closed");
    INFO("saver said: " << saver.readAllStandardError().right(400).toStdString());
    CHECK(holdsLocks(saver.processId()));

    // Another program opens the database and closes it again.
    QProcess check;
    check.start(QStringLiteral(TEAMFORUM_CLI_PATH),
        {QStringLiteral("--database"), backend.spec.path, QStringLiteral("check")});
    REQUIRE(check.waitForFinished(60000));
    CHECK(check.exitCode() == 0);

    saver.write("save Sparat efter dialogen\n");
    const QByteArray saved = waitForLine(saver, "saved ");
    REQUIRE_FALSE(saved.isEmpty());
    saver.kill(); // SIGKILL
    saver.waitForFinished();

    Workspace after(backend.spec);
    after.open();
    CHECK(after.check().isEmpty());
    QStringList texts;
    for (const auto &entry : after.minutes().entries(f.meetingId))
        texts << entry.text;
    CHECK(texts.contains(QStringLiteral("Sparat efter dialogen")));
}
