// The documented loggkontroll: prepare, judge and save a unit's month,
// overdue months and the yearly summary, on both engines.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/LogChecks.h"
#include "services/Workspace.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "support/TeamFixture.h"
#include "support/TestBackends.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace tf;

namespace {
// The month before today's, as "YYYY-MM", and a time in its middle.
QString previousMonth()
{
    return tf::stockholmDate(QDateTime::currentDateTimeUtc())
        .addMonths(-1)
        .toString(QStringLiteral("yyyy-MM"));
}

QDateTime midPreviousMonth(int hour)
{
    const QDate day = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addMonths(-1);
    return QDateTime(QDate(day.year(), day.month(), 14), QTime(hour, 0), Qt::UTC);
}

// Two reads by someone without a care relation, ten by the client's nurse.
qint64 recordReads(Workspace &workspace, const test::TeamFixture &team)
{
    Person person;
    person.name = QStringLiteral("Olle Utanför");
    const qint64 outsider = workspace.people().create(person, team.leadId);
    QList<AccessLogEntry> entries;
    for (int i = 0; i < 12; ++i) {
        AccessLogEntry e;
        e.accessedUtc = midPreviousMonth(6 + i);
        e.personId = i < 2 ? outsider : team.nurseId;
        e.clientId = team.clientId;
        e.kind = AccessKind::ClientRecord;
        e.purpose = accessPurposeKey(AccessPurpose::MyClients);
        entries << e;
    }
    workspace.accessLog().record(entries);
    return outsider;
}

QList<qint64> ids(const LogCheck &check, CheckReason reason)
{
    QList<qint64> list;
    for (const LogCheckRow &row : check.rows) {
        if (row.reason == reason)
            list << row.entry.id;
    }
    return list;
}

// Every value of every row of a table, as text.
QString tableText(Workspace &workspace, const QString &table)
{
    QSqlQuery query(workspace.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    QStringList values;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
    }
    return values.join(QLatin1Char('|'));
}
} // namespace

TEST_CASE("a loggkontroll is drawn again alike, saved with who, when and what, and summed up",
    "[logcheck]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.leadProfession = QStringLiteral("Enhetschef");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        const qint64 outsider = recordReads(workspace, team);
        const QString month = previousMonth();

        auto overdueIds = [&] {
            QSet<qint64> set;
            for (const Unit &unit :
                overdueLogChecks(workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc())))
                set.insert(unit.id);
            return set;
        };
        CHECK(overdueIds().contains(team.unitId));

        const LogCheck check = prepareLogCheck(workspace, team.unitId, month, 3);
        REQUIRE(ids(check, CheckReason::NoCareRelation).size() == 2);
        for (const LogCheckRow &row : check.rows) {
            if (row.reason == CheckReason::NoCareRelation)
                CHECK(row.entry.personId == outsider);
            else
                CHECK(row.entry.personId == team.nurseId);
        }
        REQUIRE(ids(check, CheckReason::Sample).size() == 3);
        CHECK(check.seed != 0);
        CHECK(check.throughLogId > 0);

        // The same seed draws the same stickprov, though the check's own read
        // has been logged since.
        const LogCheck again
            = prepareLogCheck(workspace, team.unitId, month, 3, check.seed, check.throughLogId);
        CHECK(ids(again, CheckReason::Sample) == ids(check, CheckReason::Sample));
        // Preparing logged the reviewer's read of the client's entries.
        AccessLogFilter mine;
        mine.personId = team.leadId;
        const auto logged = workspace.accessLog().find(mine);
        REQUIRE_FALSE(logged.isEmpty());
        CHECK(logged.first().kind == AccessKind::AccessLog);
        CHECK(logged.first().purpose == QStringLiteral("loggkontroll"));

        // Every read needs a judgement, and one to investigate a note.
        LogCheck judged = check;
        judged.rows.removeLast();
        CHECK_THROWS_AS(saveLogCheck(workspace, judged), StorageError);
        judged = check;
        judged.rows[0].judgement = CheckJudgement::Investigate;
        CHECK_THROWS_AS(saveLogCheck(workspace, judged), StorageError);
        judged.rows[0].note = QStringLiteral("Fråga Olle varför journalen öppnades.");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const qint64 id = saveLogCheck(workspace, judged);
        CHECK(id > 0);

        const auto saved = savedLogCheck(workspace, team.unitId, month);
        REQUIRE(saved);
        CHECK(saved->id == id);
        CHECK(saved->reviewerId == team.leadId);
        CHECK(saved->period == month);
        CHECK(saved->sampleSize == 3);
        CHECK(saved->seed == check.seed);
        CHECK(saved->savedUtc >= before);
        CHECK(saved->savedUtc <= QDateTime::currentDateTimeUtc().addSecs(1));
        REQUIRE(saved->rows.size() == 5);
        CHECK(ids(*saved, CheckReason::Sample) == ids(check, CheckReason::Sample));
        int investigate = 0;
        for (const LogCheckRow &row : saved->rows) {
            CHECK(row.entry.clientId == 0);
            investigate += row.judgement == CheckJudgement::Investigate ? 1 : 0;
        }
        CHECK(investigate == 1);
        CHECK_FALSE(overdueIds().contains(team.unitId));

        // The protocol names no client.
        const QString stored = tableText(workspace, QStringLiteral("access_log_check"))
            + tableText(workspace, QStringLiteral("access_log_check_row"));
        CHECK(stored.contains(QStringLiteral("Fråga Olle")));
        CHECK_FALSE(stored.contains(QStringLiteral("Greta")));
        CHECK_FALSE(stored.contains(QStringLiteral("191212")));

        const int year = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addMonths(-1).year();
        auto unitLine = [&] {
            for (const LogCheckYear &line : logCheckYear(workspace, year)) {
                if (line.unitId == team.unitId)
                    return line;
            }
            return LogCheckYear {};
        };
        LogCheckYear line = unitLine();
        CHECK(line.checks == 1);
        CHECK(line.rowsReviewed == 5);
        CHECK(line.toInvestigate == 1);

        // A new check of the month supersedes the first.
        saveLogCheck(workspace, check);
        line = unitLine();
        CHECK(line.checks == 1);
        CHECK(line.rowsReviewed == 5);
        CHECK(line.toInvestigate == 0);
        CHECK(logCheckYear(workspace, year - 1).first().checks == 0);

        // A saved check is never changed.
        QSqlQuery change(workspace.database().connection());
        change.exec(QStringLiteral("UPDATE access_log_check_row SET judgement = 'investigate'"));
        CHECK(unitLine().toInvestigate == 0);
        QSqlQuery remove(workspace.database().connection());
        remove.exec(QStringLiteral("DELETE FROM access_log_check_row"));
        CHECK(tableText(workspace, QStringLiteral("access_log_check_row"))
                  .contains(QStringLiteral("Fråga Olle")));
    }
}

TEST_CASE("a loggkontroll is refused to staff and for a month that is no month", "[logcheck]")
{
    Workspace workspace(test::sqliteBackend().spec);
    workspace.open();
    const test::TeamFixture team = test::makeTeam(workspace);
    workspace.setActorId(team.nurseId);
    CHECK_THROWS_AS(prepareLogCheck(workspace, team.unitId, previousMonth(), 3), StorageError);
    CHECK_THROWS_AS(overdueLogChecks(workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc())),
        StorageError);
    CHECK_THROWS_AS(logCheckYear(workspace, 2026), StorageError);

    Person chief;
    chief.name = QStringLiteral("Karin Chef");
    chief.role = QStringLiteral("Enhetschef");
    workspace.setActorId(workspace.people().create(chief, team.leadId));
    CHECK_THROWS_AS(
        prepareLogCheck(workspace, team.unitId, QStringLiteral("2026-13"), 3), StorageError);
    CHECK_THROWS_AS(
        prepareLogCheck(workspace, team.unitId, QStringLiteral("3000-01"), 3), StorageError);
    CHECK_THROWS_AS(prepareLogCheck(workspace, 999999, previousMonth(), 3), StorageError);
    CHECK(prepareLogCheck(workspace, team.unitId, previousMonth(), 3).rows.isEmpty());
    QString error;
    CHECK_FALSE(logCheckMonth(QStringLiteral("mars"), &error).isValid());
    CHECK(error.contains(QStringLiteral("ÅÅÅÅ-MM")));
}

TEST_CASE("a month is due for a check when the unit's clients were read in it", "[logcheck]")
{
    // Seed 003: the unit's reads are checked each month. A unit whose
    // clients nobody read that month (or that has no clients) has nothing
    // to check: it is not overdue, and is named apart with that reason.
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::TeamSpec spec;
        spec.leadProfession = QStringLiteral("Enhetschef");
        const test::TeamFixture team = test::makeTeam(workspace, spec);
        workspace.setActorId(team.leadId);
        Unit empty;
        empty.name = QStringLiteral("Tomma huset");
        const qint64 emptyId = workspace.units().create(empty, team.leadId);

        const auto idsOf = [](const QList<Unit> &units) {
            QSet<qint64> set;
            for (const Unit &unit : units)
                set.insert(unit.id);
            return set;
        };
        // Reads of the team's client this month only: last month had none.
        AccessLogEntry now;
        now.accessedUtc = QDateTime::currentDateTimeUtc();
        now.personId = team.nurseId;
        now.clientId = team.clientId;
        now.kind = AccessKind::ClientRecord;
        now.purpose = accessPurposeKey(AccessPurpose::MyClients);
        workspace.accessLog().record(now);
        QList<Unit> nothing;
        CHECK(overdueLogChecks(
            workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc()), &nothing)
                  .isEmpty());
        CHECK(idsOf(nothing) == QSet<qint64> {team.unitId, emptyId});

        // A read last month makes the team's month due; the empty unit's is not.
        recordReads(workspace, team);
        nothing.clear();
        CHECK(idsOf(overdueLogChecks(
                  workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc()), &nothing))
            == QSet<qint64> {team.unitId});
        CHECK(idsOf(nothing) == QSet<qint64> {emptyId});

        // Saved, it is neither.
        const LogCheck check = prepareLogCheck(workspace, team.unitId, previousMonth(), 0);
        LogCheck judged = check;
        saveLogCheck(workspace, judged);
        nothing.clear();
        CHECK(overdueLogChecks(
            workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc()), &nothing)
                  .isEmpty());
        CHECK(idsOf(nothing) == QSet<qint64> {emptyId});
        // The year's saved checks, with who and what, for the dialog.
        const QList<LogCheck> year = savedLogChecks(
            workspace, tf::stockholmDate(QDateTime::currentDateTimeUtc()).addMonths(-1).year());
        REQUIRE(year.size() == 1);
        CHECK(year.first().unitId == team.unitId);
        CHECK(year.first().reviewerId == team.leadId);
        CHECK(year.first().rows.size() == 2);
    }
}
