// Backups of the local database: a consistent moment, checked before it
// replaces anything, closed to other accounts, kept for a number of days.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "services/backup/Backups.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"
#include "storage/SqliteCopy.h"
#include "storage/Transaction.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/stat.h>

using namespace tf;

namespace {
QString notesIn(const QString &databasePath, qint64 meetingId)
{
    ConnectionSpec spec;
    spec.path = databasePath;
    Workspace copy(spec);
    copy.open();
    QStringList texts;
    for (const MinuteEntry &entry : copy.minutes().entries(meetingId))
        texts << entry.text;
    return texts.join(QLatin1Char('|'));
}

MinuteEntry note(const test::MinutesFixture &fixture, const QString &text)
{
    MinuteEntry entry;
    entry.agendaItemId = fixture.itemIds.at(0);
    entry.text = text;
    return entry;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 0777);
}
} // namespace

TEST_CASE("a backup holds what was committed, is checked and is its owner's only", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = test::makeMinutesFixture(workspace);
    workspace.minutes().saveEntry(
        note(fixture, QStringLiteral("Sparad före kopian")), fixture.chairId);

    // Another program is in the middle of a change while the copy is made.
    Workspace writer(backend.spec);
    writer.open();
    Transaction unfinished(writer.database());
    MinuteEntry unsaved = note(fixture, QStringLiteral("Inte klar än"));
    unsaved.agendaItemId = fixture.itemIds.at(1);
    writer.minutes().saveEntry(unsaved, fixture.nurseId);

    const QString path = backend.folder->filePath(QStringLiteral("kopior/teamforum-kopia.sqlite"));
    const BackupFile made = Backups(workspace).writeTo(path);
    CHECK(made.path == path);
    CHECK(made.bytes > 0);
    CHECK(modeOf(path) == 0600);
    CHECK(problemsOfSqliteFile(path).isEmpty());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".ofullständig")));
    const QString saved = notesIn(path, fixture.meetingId);
    CHECK(saved.contains(QStringLiteral("Sparad före kopian")));
    CHECK_FALSE(saved.contains(QStringLiteral("Inte klar än")));
}

TEST_CASE("a backup that fails leaves the older backup as it was", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::makeMinutesFixture(workspace);
    const QString path = backend.folder->filePath(QStringLiteral("kopia.sqlite"));
    Backups backups(workspace);
    backups.writeTo(path);
    QFile older(path);
    REQUIRE(older.open(QIODevice::ReadOnly));
    const QByteArray before = older.readAll();
    older.close();

    // The copy cannot be written where it is made before it takes the name.
    REQUIRE(QDir().mkpath(path + QStringLiteral(".ofullständig/hinder")));
    try {
        backups.writeTo(path);
        FAIL("the backup was reported as made");
    } catch (const StorageError &error) {
        CHECK(error.userMessage().startsWith(QStringLiteral("Säkerhetskopian")));
    }
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == before);
    CHECK(problemsOfSqliteFile(path).isEmpty());
}

TEST_CASE("the daily backup is made once a day and the newest ones are kept", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::makeMinutesFixture(workspace);
    Backups backups(workspace);
    const QDate first(2026, 12, 1);
    REQUIRE(backups.daily(2, first).has_value());
    CHECK_FALSE(backups.daily(2, first).has_value());
    backups.daily(2, first.addDays(1));
    backups.daily(2, first.addDays(2));
    const QStringList kept = backups.dailyBackups();
    REQUIRE(kept.size() == 2);
    const QString base = QFileInfo(backend.spec.path).completeBaseName();
    CHECK(kept.at(0).endsWith(base + QStringLiteral("-2026-12-03.sqlite")));
    CHECK(kept.at(1).endsWith(base + QStringLiteral("-2026-12-02.sqlite")));
    CHECK(modeOf(backups.dailyFolder()) == 0700);
}

TEST_CASE("a file that is not a Teamforum database is not a good backup", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    const QString path = backend.folder->filePath(QStringLiteral("inte-en-databas.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Det här är en textfil, inte en databas.\n");
    file.close();
    CHECK_FALSE(problemsOfSqliteFile(path).isEmpty());
}

TEST_CASE(
    "cli backup writes a checked copy; PostgreSQL is backed up on its server", "[backup][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            {
                Workspace workspace(backend.spec);
                workspace.open();
                test::makeMinutesFixture(workspace);
            }
            const QString output = QDir(QDir::tempPath())
                                       .filePath(QStringLiteral("teamforum-backup-test-%1.sqlite")
                                                     .arg(QCoreApplication::applicationPid()));
            QFile::remove(output);
            QProcess process;
            process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
                {QStringLiteral("--database"),
                    backend.url.isEmpty() ? backend.spec.path : backend.url,
                    QStringLiteral("backup"), QStringLiteral("--output"), output});
            REQUIRE(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (backend.url.isEmpty()) {
                INFO(err.toStdString());
                REQUIRE(process.exitCode() == 0);
                const QJsonObject result
                    = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
                CHECK(result.value(QStringLiteral("checked")).toBool());
                CHECK(problemsOfSqliteFile(output).isEmpty());
                QFile::remove(output);
            } else {
                CHECK(process.exitCode() != 0);
                CHECK(err.contains(QStringLiteral("pg_dump")));
                CHECK_FALSE(QFile::exists(output));
            }
        }
    }
}

TEST_CASE("a backup is read back whole, and every open connection sees it", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = test::makeMinutesFixture(workspace);
    workspace.minutes().saveEntry(
        note(fixture, QStringLiteral("Före säkerhetskopian")), fixture.chairId);
    const QString path = backend.folder->filePath(QStringLiteral("kopia.sqlite"));
    Backups(workspace).writeTo(path);

    Workspace other(backend.spec); // another program, open all along
    other.open();
    MinuteEntry later = note(fixture, QStringLiteral("Efter säkerhetskopian"));
    later.agendaItemId = fixture.itemIds.at(2);
    other.minutes().saveEntry(later, fixture.nurseId);
    REQUIRE(notesIn(backend.spec.path, fixture.meetingId).contains(QStringLiteral("Efter")));

    Backups(workspace).restoreFrom(path);
    QStringList seen;
    for (const MinuteEntry &entry : other.minutes().entries(fixture.meetingId))
        seen << entry.text;
    CHECK(seen == QStringList {QStringLiteral("Före säkerhetskopian")});
    CHECK(workspace.check().isEmpty());
}

TEST_CASE("restoring refuses a file that is not a whole Teamforum database", "[backup]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto fixture = test::makeMinutesFixture(workspace);
    workspace.minutes().saveEntry(note(fixture, QStringLiteral("Kvar")), fixture.chairId);
    const QString path = backend.folder->filePath(QStringLiteral("trasig.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    try {
        Backups(workspace).restoreFrom(path);
        FAIL("the file was read back");
    } catch (const StorageError &error) {
        CHECK(error.userMessage().contains(QStringLiteral("Databasen är som förut")));
    }
    CHECK(notesIn(backend.spec.path, fixture.meetingId) == QStringLiteral("Kvar"));
}

TEST_CASE("cli restore reads a backup made by cli backup", "[backup][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    test::MinutesFixture fixture;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        fixture = test::makeMinutesFixture(workspace);
        workspace.minutes().saveEntry(note(fixture, QStringLiteral("Första")), fixture.chairId);
    }
    const qint64 meetingId = fixture.meetingId;
    const QString copy = backend.folder->filePath(QStringLiteral("kopia.sqlite"));
    auto cli = [&backend](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
            QStringList {QStringLiteral("--database"), backend.spec.path} + arguments);
        REQUIRE(process.waitForFinished(60000));
        INFO(process.readAllStandardError().toStdString());
        return process.exitCode();
    };
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--output"), copy}) == 0);
    {
        Workspace workspace(backend.spec);
        workspace.open();
        MinuteEntry second = note(fixture, QStringLiteral("Andra"));
        second.agendaItemId = fixture.itemIds.at(1);
        workspace.minutes().saveEntry(second, fixture.nurseId);
    }
    CHECK(notesIn(backend.spec.path, meetingId).contains(QStringLiteral("Andra")));
    REQUIRE(cli({QStringLiteral("restore"), QStringLiteral("--input"), copy}) == 0);
    CHECK(notesIn(backend.spec.path, meetingId) == QStringLiteral("Första"));
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--input"),
              backend.folder->filePath(QStringLiteral("saknas.sqlite"))})
        != 0);
    CHECK(cli({QStringLiteral("check")}) == 0);
}
