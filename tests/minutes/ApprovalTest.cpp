// Approval by the person who approves: only the meeting's chair or a
// justerare named at it approves, in their own name (on SQLite confirmed by
// their personal code, on PostgreSQL by being the signed-in login), and the
// archived PDF names them.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/PersonalCodes.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "storage/Database.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "support/CliRun.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

using namespace tf;

namespace {
const QString kChairCode = QStringLiteral("eva-2468");
const QString kNurseCode = QStringLiteral("sara-1357");
const QString kHelperCode = QStringLiteral("ake-9753");

bool sqlite(const test::TestBackend &backend)
{
    return backend.spec.engine == ConnectionSpec::Engine::Sqlite;
}

// The refusal's Swedish message; empty when the step was not refused.
QString refusal(const std::function<void()> &step)
{
    try {
        step();
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Refused);
        return error.userMessage();
    }
    return {};
}

// A finished meeting of today whose chair, nurse and helper have chosen
// their codes (SQLite).
test::MinutesFixture finishedMeeting(Workspace &workspace, const test::TestBackend &backend)
{
    const auto f = test::makeMinutesFixture(workspace);
    if (sqlite(backend)) {
        PersonalCodes codes(workspace);
        codes.chooseFirst(f.chairId, kChairCode);
        codes.chooseFirst(f.nurseId, kNurseCode);
        codes.chooseFirst(f.helperId, kHelperCode);
    }
    workspace.setActorId(f.helperId);
    MeetingMinutes(workspace).finish(f.meetingId);
    return f;
}

// Who the change log says approved the meeting.
qint64 loggedApprover(Workspace &workspace, qint64 meetingId)
{
    Query logged(workspace.database(),
        QStringLiteral("SELECT person_id FROM change_log WHERE table_name = 'minutes_closing' "
                       "AND row_id = ? AND operation = 'approve'"));
    logged.bind(meetingId).exec();
    return logged.next() ? logged.id(0) : 0;
}

// The XMP metadata of the archived (PDF/A) minutes.
QString archivedMetadata(Workspace &workspace, qint64 meetingId)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("protokoll.pdf"));
    MinutesPdf::write(
        loadMinutesDocument(workspace, meetingId, AccessPurpose::CommandLine), path, false);
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST_CASE("someone who is neither chair nor justerare cannot approve", "[minutes][approval]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = finishedMeeting(workspace, backend);
        MeetingMinutes minutes(workspace);
        const QString code = sqlite(backend) ? kHelperCode : QString();

        // Åke, signed in and confirmed, is not the chair and was not named.
        const QString refused = refusal([&] { minutes.approve(f.meetingId, f.helperId, code); });
        INFO(refused.toStdString());
        CHECK(refused.startsWith(
            QStringLiteral("Åke Öberg är varken mötets ordförande eller justerare på mötet")));
        CHECK_FALSE(minutes.isLocked(f.meetingId));

        // Nor can he approve in the chair's name.
        if (sqlite(backend)) {
            CHECK(refusal([&] { minutes.approve(f.meetingId, f.chairId, kHelperCode); })
                == QStringLiteral("Koden stämmer inte för Eva Enhetschef."));
            CHECK(refusal([&] { minutes.approve(f.meetingId, f.chairId, {}); })
                == QStringLiteral("Koden stämmer inte för Eva Enhetschef."));
        } else {
            CHECK(refusal([&] {
                minutes.approve(f.meetingId, f.chairId);
            }).startsWith(QStringLiteral("På PostgreSQL justerar var och en i eget namn")));
        }
        CHECK_FALSE(minutes.isLocked(f.meetingId));
        CHECK(minutes.meeting(f.meetingId)->status == MeetingStatus::Finished);

        // A path around the service meets the database's own rule.
        try {
            workspace.minutes().approve(f.meetingId, f.helperId, f.helperId);
            FAIL("the database let someone approve who is neither chair nor justerare");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Refused);
            CHECK(error.userMessage().startsWith(
                QStringLiteral("Bara mötets ordförande eller en justerare")));
        }
        CHECK_FALSE(minutes.isLocked(f.meetingId));
    }
}

TEST_CASE(
    "the chair approves in their own name and the archived PDF names them", "[minutes][approval]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = finishedMeeting(workspace, backend);
        MeetingMinutes minutes(workspace);
        if (!sqlite(backend))
            workspace.setActorId(f.chairId); // the chair's own login
        minutes.approve(f.meetingId, f.chairId, sqlite(backend) ? kChairCode : QString());
        CHECK(minutes.isLocked(f.meetingId));
        CHECK(minutes.closing(f.meetingId).approvedById == f.chairId);
        CHECK(loggedApprover(workspace, f.meetingId) == f.chairId);
        const QString metadata = archivedMetadata(workspace, f.meetingId);
        INFO(metadata.toStdString());
        CHECK(metadata.contains(QStringLiteral("Justerat av: Eva Enhetschef")));
    }
}

TEST_CASE("a justerare named at the meeting approves", "[minutes][approval]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = finishedMeeting(workspace, backend);
        MeetingMinutes minutes(workspace);
        workspace.setActorId(f.chairId);
        minutes.setJusterare(f.meetingId, {f.nurseId});
        CHECK(minutes.justerare(f.meetingId) == QList<qint64> {f.nurseId});
        CHECK(minutes.approvers(f.meetingId) == QList<qint64> {f.chairId, f.nurseId});

        // Signed in as the secretary, Sara approves with her own code; on
        // PostgreSQL with her own login.
        workspace.setActorId(sqlite(backend) ? f.helperId : f.nurseId);
        minutes.approve(f.meetingId, f.nurseId, sqlite(backend) ? kNurseCode : QString());
        CHECK(minutes.isLocked(f.meetingId));
        CHECK(minutes.closing(f.meetingId).approvedById == f.nurseId);
        CHECK(loggedApprover(workspace, f.meetingId) == f.nurseId);
        CHECK(archivedMetadata(workspace, f.meetingId)
                  .contains(QStringLiteral("Justerat av: Sara Sjöström")));

        // The justerare of approved minutes are part of them.
        CHECK_THROWS_AS(minutes.setJusterare(f.meetingId, {f.helperId}), StorageError);
        CHECK(minutes.justerare(f.meetingId) == QList<qint64> {f.nurseId});
    }
}

TEST_CASE("a personal code is chosen once, kept only as a salted hash", "[minutes][approval]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    const auto f = test::makeMinutesFixture(workspace);
    PersonalCodes codes(workspace);
    CHECK_FALSE(codes.hasCode(f.chairId));
    CHECK(refusal([&] {
        codes.confirm(f.chairId, kChairCode);
    }).startsWith(QStringLiteral("Eva Enhetschef har ingen personlig kod än.")));
    CHECK(refusal([&] { codes.chooseFirst(f.chairId, QStringLiteral("12345")); })
        == QStringLiteral("Den personliga koden behöver minst 6 tecken."));
    codes.chooseFirst(f.chairId, kChairCode);
    codes.chooseFirst(f.nurseId, kChairCode); // the same code, another salt
    CHECK(codes.hasCode(f.chairId));
    codes.confirm(f.chairId, kChairCode);
    CHECK_FALSE(refusal([&] { codes.confirm(f.chairId, QStringLiteral("eva-2469")); }).isEmpty());
    // Whoever sits at the computer cannot take over a code already chosen.
    CHECK(refusal([&] {
        codes.chooseFirst(f.chairId, QStringLiteral("someone-else"));
    }).startsWith(QStringLiteral("Eva Enhetschef har redan en personlig kod.")));
    codes.confirm(f.chairId, kChairCode);
    CHECK_FALSE(refusal([&] {
        codes.change(f.chairId, QStringLiteral("wrong-code"), QStringLiteral("new-code-1"));
    }).isEmpty());
    codes.change(f.chairId, kChairCode, QStringLiteral("new-code-1"));
    codes.confirm(f.chairId, QStringLiteral("new-code-1"));

    Query stored(workspace.database(),
        QStringLiteral("SELECT salt, hash, iterations FROM person_code ORDER BY person_id"));
    stored.exec();
    QStringList salts;
    while (stored.next()) {
        CHECK_FALSE(stored.text(1).contains(QStringLiteral("new-code-1")));
        CHECK(stored.text(1).size() == 64); // 32 bytes of PBKDF2-SHA256, in hex
        CHECK(stored.integer(2) >= 100000);
        salts << stored.text(0);
    }
    REQUIRE(salts.size() == 2);
    CHECK(salts.at(0) != salts.at(1));
}

TEST_CASE("cli approve: in one's own name, confirmed by the personal code", "[minutes][approval]")
{
    const auto backend = test::sqliteBackend();
    test::MinutesFixture f;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        f = finishedMeeting(workspace, backend);
    }
    const auto approve = [&](qint64 as, const QByteArray &input) {
        return test::runCli(
            {QStringLiteral("--database"), backend.spec.path, QStringLiteral("--as"),
                QString::number(as), QStringLiteral("approve"), QStringLiteral("--meeting"),
                QString::number(f.meetingId)},
            input);
    };
    // --as alone does not approve: the code must be the person's.
    auto run = approve(f.chairId, "wrong-code\n");
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Koden stämmer inte för Eva Enhetschef.")));
    run = approve(f.helperId, (kHelperCode + QStringLiteral("\n")).toUtf8());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("varken mötets ordförande eller justerare")));
    {
        Workspace workspace(backend.spec);
        workspace.open();
        CHECK_FALSE(workspace.minutes().isLocked(f.meetingId));
    }
    run = approve(f.chairId, (kChairCode + QStringLiteral("\n")).toUtf8());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json().object();
    CHECK(json.value(QStringLiteral("approvedBy")).toInteger() == f.chairId);
    CHECK(json.value(QStringLiteral("approvedByName")).toString()
        == QStringLiteral("Eva Enhetschef"));
    CHECK(json.value(QStringLiteral("locked")).toBool());
    Workspace workspace(backend.spec);
    workspace.open();
    CHECK(workspace.minutes().closing(f.meetingId).approvedById == f.chairId);
}
