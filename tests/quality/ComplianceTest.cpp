// The routine-compliance report counted against a hand-made year, on both
// engines, and the rules it is built from.
#include <catch2/catch.hpp>

#include "domain/Compliance.h"
#include "domain/StorageError.h"
#include "quality/HandMadeYear.h"
#include "services/Workspace.h"
#include "services/care/RiskRoutine.h"
#include "services/quality/ComplianceJson.h"
#include "services/quality/ComplianceReport.h"
#include "storage/Database.h"
#include "storage/care/RiskRepository.h"
#include "support/CliRun.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tf;

namespace {
const ForumCompliance *forumIn(const UnitCompliance &unit, const QString &forum)
{
    for (const ForumCompliance &line : unit.forums) {
        if (line.forum == forum)
            return &line;
    }
    return nullptr;
}

const RoleAttendance *roleIn(const ForumCompliance &forum, const QString &role)
{
    for (const RoleAttendance &line : forum.attendance) {
        if (line.role == role)
            return &line;
    }
    return nullptr;
}
} // namespace

TEST_CASE("the routine's interval gives the meetings expected", "[compliance]")
{
    ForumTemplate teammote;
    teammote.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2");
    const QDate tuesday(2025, 1, 7);
    CHECK(expectedMeetings(teammote, tuesday, QDate(2025, 1, 1), QDate(2025, 12, 31)) == 26);
    // The fortnight follows the first meeting, not the start of the span.
    CHECK(expectedMeetings(teammote, QDate(2024, 12, 31), QDate(2025, 1, 1), QDate(2025, 1, 13))
        == 0);
    ForumTemplate daily;
    daily.rrule = QStringLiteral("FREQ=DAILY");
    daily.timesPerDay = 2;
    CHECK(expectedMeetings(daily, QDate(2025, 2, 1), QDate(2025, 2, 1), QDate(2025, 2, 28)) == 56);
    ForumTemplate apt;
    apt.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11");
    CHECK(expectedMeetings(apt, QDate(2025, 1, 13), QDate(2025, 1, 1), QDate(2025, 12, 31)) == 10);
    daily.onDemand = true;
    CHECK(expectedMeetings(daily, QDate(2025, 2, 1), QDate(2025, 2, 1), QDate(2025, 2, 28)) == 0);

    // The part of the year a forum ran.
    const QDate asOf(2025, 12, 31);
    CHECK(forumRan(2025, asOf, QDate(2023, 5, 1), QDate(2026, 1, 1))
        == std::make_pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(forumRan(2025, QDate(2025, 6, 30), QDate(2025, 3, 3), QDate(2025, 11, 10))
        == std::make_pair(QDate(2025, 3, 3), QDate(2025, 6, 30)));
    CHECK_FALSE(forumRan(2025, asOf, QDate(2026, 1, 6), QDate(2026, 2, 1)));
    CHECK_FALSE(forumRan(2025, asOf, QDate(2020, 1, 6), QDate(2024, 2, 1)));

    const QDateTime start(QDate(2025, 3, 4), QTime(12, 0), Qt::UTC);
    CHECK(approvedWithinWeek(start, start.addDays(7)));
    CHECK_FALSE(approvedWithinWeek(start, start.addDays(7).addSecs(1)));
    CHECK_FALSE(approvedWithinWeek(start, {}));
    CHECK(reportDay(2025, QDate(2026, 12, 5)) == QDate(2025, 12, 31));
    CHECK(reportDay(2026, QDate(2026, 12, 5)) == QDate(2026, 12, 5));
}

TEST_CASE("the compliance report counts a hand-made year", "[compliance]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const test::HandMadeYear year = test::makeHandMadeYear(workspace);
        const auto &team = year.team;
        workspace.setActorId(team.chairId);

        const ComplianceReport report
            = complianceReport(workspace, 2025, team.unitId, QDate(2026, 12, 5));
        CHECK(report.asOf == QDate(2025, 12, 31));
        REQUIRE(report.units.size() == 1);
        const UnitCompliance &unit = report.units.first();
        CHECK(unit.unitId == team.unitId);

        const ForumCompliance *teammote = forumIn(unit, QStringLiteral("teammote"));
        REQUIRE(teammote);
        CHECK(teammote->ranFrom == QDate(2025, 1, 1));
        CHECK(teammote->ranTo == QDate(2025, 12, 31));
        CHECK(teammote->expected == 26);
        // The fortnight from 17 December 2024 meets 26 times in 2025. Of the
        // 26 meetings in the year 2 were cancelled and 2 never started.
        CHECK(teammote->held == 22);
        CHECK(teammote->cancelled == 2);
        CHECK(teammote->notHeld == 2);
        CHECK(teammote->approved == 20); // with approved minutes
        CHECK(teammote->approvedWithinWeek == 15);

        // Attendance at the 21 held meetings with people called (the one of
        // 23 December has none); the adjunct is not counted.
        const RoleAttendance *nurse = roleIn(*teammote, QStringLiteral("Sjuksköterska"));
        REQUIRE(nurse);
        CHECK(nurse->absent == 4);
        CHECK(nurse->present == 17);
        const RoleAttendance *helper = roleIn(*teammote, QStringLiteral("Undersköterska"));
        REQUIRE(helper);
        CHECK(helper->notMarked == 2);
        CHECK(helper->present == 19); // one of them through an ersättare
        CHECK(helper->rate() == Approx(1.0));
        CHECK_FALSE(roleIn(*teammote, QStringLiteral("Arbetsterapeut")));
        CHECK(*teammote->attendanceRate() == Approx((21.0 + 17 + 19) / (21 + 21 + 19)));

        const ForumCompliance *apt = forumIn(unit, QStringLiteral("apt"));
        REQUIRE(apt);
        CHECK(apt->ranFrom == QDate(2025, 3, 10));
        CHECK(apt->ranTo == QDate(2025, 11, 10));
        CHECK(apt->expected == 8);
        CHECK(apt->held == 8);
        CHECK_FALSE(apt->attendanceRate());

        const ForumCompliance *puls = forumIn(unit, QStringLiteral("pulsmote"));
        REQUIRE(puls);
        CHECK(puls->onDemand);
        CHECK(puls->held == 3);
        CHECK(puls->expected == 0);
        // A forum of the routine the unit never held is shown as such.
        const ForumCompliance *reflection = forumIn(unit, QStringLiteral("reflektionsmote"));
        REQUIRE(reflection);
        CHECK(reflection->held == 0);
        CHECK_FALSE(reflection->ranFrom.isValid());

        CHECK(unit.actions.decided == 6);
        CHECK(unit.actions.doneOnTime == 3);
        CHECK(unit.actions.doneLate == 1);
        CHECK(unit.actions.overdue == 1);
        CHECK(unit.actions.open == 1);
        // The fixture's client has never been assessed.
        CHECK(unit.clientsCurrent == 1);
        CHECK(unit.clientsAssessmentMissing == 1);
        CHECK(unit.logChecksExpected == 12);
        CHECK(unit.logChecksDone == 0);

        // The JSON keeps the contract's names.
        const QJsonObject json = complianceJson(report);
        CHECK(json.value(QStringLiteral("year")).toInt() == 2025);
        const QJsonObject unitJson
            = json.value(QStringLiteral("units")).toArray().first().toObject();
        CHECK(unitJson.value(QStringLiteral("unitId")).toInteger() == team.unitId);
        CHECK(unitJson.value(QStringLiteral("actions"))
                  .toObject()
                  .value(QStringLiteral("doneOnTime"))
                  .toInt()
            == 3);
        bool found = false;
        for (const QJsonValue &value : unitJson.value(QStringLiteral("forums")).toArray()) {
            const QJsonObject forum = value.toObject();
            if (forum.value(QStringLiteral("forum")).toString() != QLatin1String("teammote"))
                continue;
            found = true;
            CHECK(forum.value(QStringLiteral("held")).toInt() == 22);
            CHECK(forum.value(QStringLiteral("expected")).toInt() == 26);
            CHECK(forum.value(QStringLiteral("approvedWithinWeek")).toInt() == 15);
            CHECK(forum.value(QStringLiteral("attendanceRate")).toDouble() == Approx(57.0 / 61));
        }
        CHECK(found);

        // A verksamhet that uses no instrument misses no assessment.
        RiskRoutine(workspace).setInstruments({{ServiceType::Sabo, {}}});
        CHECK(complianceReport(workspace, 2025, team.unitId, QDate(2026, 12, 5))
                  .units.first()
                  .clientsAssessmentMissing
            == 0);

        // A shorter interval the team decided for the client counts: an
        // assessment from June is current by the yearly routine on the
        // year's last day, out of date by three months.
        RiskRoutine(workspace).setInstruments(
            {{ServiceType::Sabo, {InstrumentUse {QStringLiteral("downton"), 12}}}});
        RiskAssessment downton;
        downton.clientId = team.clientId;
        downton.instrument = QStringLiteral("downton");
        downton.assessedUtc = QDateTime(QDate(2025, 6, 30), QTime(9, 0), QTimeZone::utc());
        downton.answers = QJsonObject {{QStringLiteral("previousFalls"), true},
            {QStringLiteral("medications"), QJsonArray {QStringLiteral("sedatives")}},
            {QStringLiteral("sensoryDeficits"), QJsonArray {}}, {QStringLiteral("confused"), false},
            {QStringLiteral("gait"), QStringLiteral("normal")}};
        workspace.risks().add(downton, team.nurseId);
        const auto missingOfUnit = [&] {
            return complianceReport(workspace, 2025, team.unitId, QDate(2026, 12, 5))
                .units.first()
                .clientsAssessmentMissing;
        };
        CHECK(missingOfUnit() == 0);
        workspace.risks().setTeamInterval(
            team.clientId, QStringLiteral("downton"), 3, team.meetingId, team.nurseId);
        CHECK(missingOfUnit() == 1);

        // Someone who does not manage the organisation is refused (on
        // PostgreSQL the test's login administers, so it may read).
        workspace.setActorId(team.helperId);
        if (!workspace.database().isPostgres())
            CHECK_THROWS_AS(
                complianceReport(workspace, 2025, team.unitId, QDate(2026, 12, 5)), StorageError);
    }
}

namespace {
test::CliRun report(const test::TestBackend &backend, qint64 asPerson, const QStringList &arguments)
{
    const bool sqlite = backend.spec.engine == ConnectionSpec::Engine::Sqlite;
    QStringList all {QStringLiteral("--database"), sqlite ? backend.spec.path : backend.url};
    if (sqlite)
        all << QStringLiteral("--as") << QString::number(asPerson);
    return test::runCli(all + QStringList {QStringLiteral("report")} + arguments);
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace

TEST_CASE("cli report prints the year as JSON and as a PDF", "[compliance][cli]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        qint64 unitId = 0;
        qint64 chairId = 0;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const test::HandMadeYear year = test::makeHandMadeYear(workspace);
            unitId = year.team.unitId;
            chairId = year.team.chairId;
        }
        const QString unit = QString::number(unitId);
        const test::CliRun json = report(backend, chairId,
            {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--unit"), unit,
                QStringLiteral("--json")});
        INFO(json.err.toStdString());
        REQUIRE(json.exitCode == 0);
        const QJsonObject root = json.json().object();
        CHECK(root.value(QStringLiteral("year")).toInt() == 2025);
        const QJsonArray units = root.value(QStringLiteral("units")).toArray();
        REQUIRE(units.size() == 1);
        const QJsonObject line = units.first().toObject();
        CHECK(line.value(QStringLiteral("unitId")).toInteger() == unitId);
        CHECK(line.value(QStringLiteral("name")).toString() == QStringLiteral("Solgården avd 2"));
        const QJsonObject actions = line.value(QStringLiteral("actions")).toObject();
        CHECK(actions.value(QStringLiteral("decided")).toInt() == 6);
        CHECK(actions.value(QStringLiteral("overdue")).toInt() == 1);
        int teammoten = 0;
        for (const QJsonValue &value : line.value(QStringLiteral("forums")).toArray()) {
            const QJsonObject forum = value.toObject();
            if (forum.value(QStringLiteral("forum")).toString() == QLatin1String("teammote")) {
                ++teammoten;
                CHECK(forum.value(QStringLiteral("held")).toInt() == 22);
                CHECK(forum.value(QStringLiteral("expected")).toInt() == 26);
            }
        }
        CHECK(teammoten == 1);

        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("uppfoljning-2025.pdf"));
        const test::CliRun printed = report(backend, chairId,
            {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--pdf"), pdf});
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Uppföljning av mötesrutinen 2025")));
        CHECK(text.contains(QStringLiteral("Solgården avd 2")));
        CHECK(text.contains(QStringLiteral("22 av 26")));
        CHECK(text.contains(QStringLiteral("15 (68 %)"))); // approved within a week, of 22

        // A bad year, or neither --json nor --pdf, is refused in Swedish.
        const test::CliRun badYear = report(backend, chairId,
            {QStringLiteral("--year"), QStringLiteral("20x5"), QStringLiteral("--json")});
        CHECK(badYear.exitCode == 2);
        CHECK(badYear.err.contains(QStringLiteral("årtal")));
        const test::CliRun nothing
            = report(backend, chairId, {QStringLiteral("--year"), QStringLiteral("2025")});
        CHECK(nothing.exitCode == 2);
        CHECK(nothing.err.contains(QStringLiteral("Användning")));
        const test::CliRun noUnit = report(backend, chairId,
            {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--unit"),
                QStringLiteral("99999"), QStringLiteral("--json")});
        CHECK(noUnit.exitCode == 1);
    }
}
