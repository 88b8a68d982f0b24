// A database file found damaged at start: the newest backup that passes the
// check is offered, restoring it brings its data back, and the damaged file
// is kept aside, never removed. The command line restores onto such a file
// too.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/backup/Backups.h"
#include "storage/MinutesRepository.h"
#include "storage/SqliteCopy.h"
#include "support/MinutesFixture.h"
#include "support/Screenshots.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/SignIn.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

using namespace tf;

namespace {
MinuteEntry note(const test::MinutesFixture &fixture, int item, const QString &text)
{
    MinuteEntry entry;
    entry.agendaItemId = fixture.itemIds.at(item);
    entry.text = text;
    return entry;
}

QStringList notesOf(Workspace &workspace, qint64 meetingId)
{
    QStringList texts;
    for (const MinuteEntry &entry : workspace.minutes().entries(meetingId))
        texts << entry.text;
    return texts;
}

// Overwrites the pages that hold the schema (the first after its 100-byte
// header) and the two after it with garbage, as a failing disk would.
void damage(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    REQUIRE(header.startsWith("SQLite format 3"));
    int pageSize = (static_cast<unsigned char>(header.at(16)) << 8)
        | static_cast<unsigned char>(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    QByteArray garbage(3 * pageSize - 100, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 151 + 7) % 251);
    REQUIRE(file.seek(100));
    REQUIRE(file.write(garbage) == garbage.size());
    file.close();
}

// Nobody is remembered for the restored database, so the first-run dialog
// follows the restore: it is noted and closed.
struct ModalWatch
{
    QStringList seen;
    QTimer timer;
    ModalWatch()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                seen << modal->metaObject()->className();
                modal->close();
            }
        });
        timer.start(200);
    }
};

QStringList asideFiles(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.dir().entryList({info.fileName() + QStringLiteral(".skadad-*")}, QDir::Files);
}

// Answers the message boxes in turn from answers (then Cancel, which quits),
// keeping each text; the file dialog answers from files in turn (then
// nothing, as when the user cancels).
struct ScriptedAnswers
{
    QList<QMessageBox::StandardButton> answers;
    QStringList files;
    QStringList texts;
    QStringList fileFolders;

    ScriptedAnswers(QList<QMessageBox::StandardButton> givenAnswers, QStringList givenFiles)
        : answers(std::move(givenAnswers))
        , files(std::move(givenFiles))
    {
        MessageBox::setHandler([this](QMessageBox::Icon, const QString &, const QString &text) {
            texts << text;
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        });
        FileDialog::setHandler([this](const QString &, const QString &folder) {
            fileFolders << folder;
            return files.isEmpty() ? QString() : files.takeFirst();
        });
    }
    ~ScriptedAnswers()
    {
        MessageBox::setHandler({});
        FileDialog::setHandler({});
    }
    ScriptedAnswers(const ScriptedAnswers &) = delete;
    ScriptedAnswers &operator=(const ScriptedAnswers &) = delete;
};

struct DamagedDatabase
{
    test::TestBackend backend = test::sqliteBackend();
    test::MinutesFixture fixture;
    QString goodBackup;
    QByteArray damagedBytes;

    DamagedDatabase()
    {
        {
            Workspace workspace(backend.spec);
            workspace.open();
            fixture = test::makeMinutesFixture(workspace);
            workspace.minutes().saveEntry(
                note(fixture, 0, QStringLiteral("Före första kopian")), fixture.chairId);
            Backups backups(workspace);
            goodBackup = backups.daily(14, QDate(2026, 12, 1))->path;
            workspace.minutes().saveEntry(
                note(fixture, 1, QStringLiteral("Efter första kopian")), fixture.chairId);
            // The newest backup is damaged itself: it is passed over.
            damage(backups.daily(14, QDate(2026, 12, 2))->path);
            workspace.minutes().saveEntry(
                note(fixture, 2, QStringLiteral("Efter andra kopian")), fixture.chairId);
        }
        damage(backend.spec.path);
        QFile file(backend.spec.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        damagedBytes = file.readAll();
    }
};
} // namespace

TEST_CASE("a damaged database at start is offered the newest good backup", "[gui][robust][backup]")
{
    DamagedDatabase damaged;
    {
        Workspace probe(damaged.backend.spec);
        CHECK_THROWS_AS(probe.open(), StorageError);
    }

    SECTION("restoring it brings the backup's data back and keeps the damaged file")
    {
        Workspace workspace(damaged.backend.spec);
        test::ShownMessages shown(QMessageBox::Yes);
        ModalWatch watch;
        int exitCode = -1;
        openAndSignIn(workspace, nullptr, &exitCode);
        CHECK(watch.seen == QStringList {QStringLiteral("tf::FirstRunDialog")});
        REQUIRE(shown.texts.size() == 2);
        const QString offer = shown.texts.at(0);
        CHECK(offer.contains(QStringLiteral("skadad")));
        CHECK(offer.contains(QDir::toNativeSeparators(damaged.goodBackup)));
        CHECK(offer.contains(QStringLiteral("återställa den?")));
        CHECK(shown.texts.at(1).contains(QStringLiteral("har återställts")));

        CHECK(notesOf(workspace, damaged.fixture.meetingId)
            == QStringList {QStringLiteral("Före första kopian")});
        CHECK(workspace.check().isEmpty());
        const QStringList aside = asideFiles(damaged.backend.spec.path);
        REQUIRE(aside.size() == 1);
        QFile kept(QFileInfo(damaged.backend.spec.path).dir().filePath(aside.first()));
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == damaged.damagedBytes);
        CHECK(shown.texts.at(1).contains(aside.first()));
    }

    SECTION("the offer names its three choices in Swedish, and Avsluta quits")
    {
        Workspace workspace(damaged.backend.spec);
        QStringList buttons;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            test::saveScreenshotIfAsked(box, QStringLiteral("skadad-databas"));
            QPushButton *quit = nullptr;
            for (QAbstractButton *button : box->buttons()) {
                buttons << button->text();
                if (button->text() == QStringLiteral("&Avsluta"))
                    quit = qobject_cast<QPushButton *>(button);
            }
            REQUIRE(quit);
            quit->click();
        });
        int exitCode = -1;
        CHECK_FALSE(openAndSignIn(workspace, nullptr, &exitCode).has_value());
        buttons.sort();
        CHECK(buttons
            == QStringList {QStringLiteral("&Avsluta"), QStringLiteral("&Välj en annan fil…"),
                QStringLiteral("&Återställ säkerhetskopian")});
        CHECK(asideFiles(damaged.backend.spec.path).isEmpty());
    }

    SECTION("quitting changes nothing")
    {
        Workspace workspace(damaged.backend.spec);
        test::ShownMessages shown(QMessageBox::Cancel);
        int exitCode = -1;
        CHECK_FALSE(openAndSignIn(workspace, nullptr, &exitCode).has_value());
        REQUIRE(shown.texts.size() == 1);
        CHECK(asideFiles(damaged.backend.spec.path).isEmpty());
        QFile file(damaged.backend.spec.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == damaged.damagedBytes);
    }

    SECTION("without a good backup the user is told and nothing changes")
    {
        QFile::remove(damaged.goodBackup);
        Workspace workspace(damaged.backend.spec);
        test::ShownMessages shown(QMessageBox::No);
        int exitCode = -1;
        CHECK_FALSE(openAndSignIn(workspace, nullptr, &exitCode).has_value());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("Ingen säkerhetskopia")));
        CHECK(shown.texts.first().contains(QStringLiteral("välj den")));
        CHECK(asideFiles(damaged.backend.spec.path).isEmpty());
    }

    SECTION("a chosen file that is not a good Teamforum database is refused and changes nothing")
    {
        // Not SQLite at all, and the damaged automatic backup.
        const QString text = QFileInfo(damaged.backend.spec.path)
                                 .dir()
                                 .filePath(QStringLiteral("anteckningar.sqlite"));
        {
            QFile file(text);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("Det här är ingen databas.\n");
        }
        const QString damagedBackup = Backups::dailyBackupsOf(damaged.backend.spec.path).value(0);
        REQUIRE(damagedBackup != damaged.goodBackup);
        Workspace workspace(damaged.backend.spec);
        // Choose another file, twice; then quit.
        ScriptedAnswers script({QMessageBox::No, QMessageBox::Ok, QMessageBox::No, QMessageBox::Ok},
            {text, damagedBackup});
        int exitCode = -1;
        CHECK_FALSE(openAndSignIn(workspace, nullptr, &exitCode).has_value());
        REQUIRE(script.texts.size() == 5);
        CHECK(script.texts.at(1).contains(QStringLiteral("kan inte läsas tillbaka")));
        CHECK(script.texts.at(1).contains(QStringLiteral("Den skadade filen är kvar som den var")));
        CHECK(script.texts.at(3).contains(QStringLiteral("kan inte läsas tillbaka")));
        // Each refusal offered the choice again; the last was to quit.
        CHECK(script.texts.at(2) == script.texts.at(0));
        CHECK(script.texts.at(4) == script.texts.at(0));
        CHECK(script.fileFolders.value(0) == Backups::dailyFolderOf(damaged.backend.spec.path));
        CHECK(asideFiles(damaged.backend.spec.path).isEmpty());
        QFile file(damaged.backend.spec.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == damaged.damagedBytes);
    }

    SECTION("a backup file of the user's own choice is checked and put in place")
    {
        // Kept elsewhere (a USB stick), and no automatic backup passes.
        QTemporaryDir elsewhere;
        REQUIRE(elsewhere.isValid());
        const QString own = elsewhere.filePath(QStringLiteral("kopia-från-i-fredags.sqlite"));
        REQUIRE(QFile::rename(damaged.goodBackup, own));
        Workspace workspace(damaged.backend.spec);
        // First cancelling the file dialog offers the choice again.
        ScriptedAnswers script(
            {QMessageBox::Yes, QMessageBox::Yes, QMessageBox::Ok}, {QString(), own});
        ModalWatch watch;
        int exitCode = -1;
        openAndSignIn(workspace, nullptr, &exitCode);
        REQUIRE(script.texts.size() == 3);
        CHECK(script.texts.at(0).contains(QStringLiteral("Ingen säkerhetskopia")));
        CHECK(script.texts.at(1) == script.texts.at(0));
        CHECK(script.texts.at(2).contains(QStringLiteral("har återställts")));
        CHECK(notesOf(workspace, damaged.fixture.meetingId)
            == QStringList {QStringLiteral("Före första kopian")});
        CHECK(workspace.check().isEmpty());
        const QStringList aside = asideFiles(damaged.backend.spec.path);
        REQUIRE(aside.size() == 1);
        QFile kept(QFileInfo(damaged.backend.spec.path).dir().filePath(aside.first()));
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == damaged.damagedBytes);
        // The chosen file itself is left as it was.
        CHECK(QFileInfo::exists(own));
    }
}

TEST_CASE("cli restore puts a backup in place of a file that no longer opens", "[backup][cli]")
{
    DamagedDatabase damaged;
    auto cli = [&damaged](const QStringList &arguments, QJsonObject *result = nullptr) {
        QProcess process;
        process.start(QStringLiteral(TEAMFORUM_CLI_PATH),
            QStringList {QStringLiteral("--database"), damaged.backend.spec.path} + arguments);
        REQUIRE(process.waitForFinished(60000));
        INFO(process.readAllStandardError().toStdString());
        if (result)
            *result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        return process.exitCode();
    };
    const QString broken = damaged.backend.folder->filePath(QStringLiteral("trasig.sqlite"));
    QFile::copy(damaged.backend.spec.path, broken);
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--input"), broken}) != 0);
    CHECK(asideFiles(damaged.backend.spec.path).isEmpty());

    QJsonObject result;
    REQUIRE(cli({QStringLiteral("restore"), QStringLiteral("--input"), damaged.goodBackup}, &result)
        == 0);
    const QString keptAs = result.value(QStringLiteral("damagedKeptAs")).toString();
    CHECK(QFileInfo(keptAs).fileName() == asideFiles(damaged.backend.spec.path).value(0));
    QFile kept(keptAs);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == damaged.damagedBytes);
    CHECK(cli({QStringLiteral("check")}) == 0);
    Workspace workspace(damaged.backend.spec);
    workspace.open();
    CHECK(notesOf(workspace, damaged.fixture.meetingId)
        == QStringList {QStringLiteral("Före första kopian")});
}
