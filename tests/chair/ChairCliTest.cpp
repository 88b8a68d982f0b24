// The chair's commands, run through the real teamforum-cli binary.
#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const tf::test::TestBackend &backend, QStringList arguments)
{
    const bool sqlite = backend.spec.engine == tf::ConnectionSpec::Engine::Sqlite;
    arguments.prepend(sqlite ? backend.spec.path : backend.url);
    arguments.prepend(QStringLiteral("--database"));
    QProcess process;
    process.start(QStringLiteral(TEAMFORUM_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("cli: a unit, a year of teammöten, the meetings and the calendar", "[chair][cli]")
{
    for (const auto &backend : tf::test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        const Run added = cli(backend,
            {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
                QStringLiteral("--name"), QStringLiteral("Solgården avd 2")});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const qint64 unitId = added.json().object().value(QStringLiteral("id")).toInteger();
        REQUIRE(unitId > 0);

        const Run units = cli(backend, {QStringLiteral("units")});
        REQUIRE(units.exitCode == 0);
        const QJsonObject unit = units.json().array().first().toObject();
        CHECK(unit.value(QStringLiteral("name")).toString() == QStringLiteral("Solgården avd 2"));
        CHECK(unit.value(QStringLiteral("serviceType")).toString() == QStringLiteral("sabo"));

        const QString start
            = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addDays(1).toString(Qt::ISODate);
        const Run scheduled = cli(backend,
            {QStringLiteral("schedule"), QStringLiteral("--unit"), QString::number(unitId),
                QStringLiteral("--forum"), QStringLiteral("teammote"), QStringLiteral("--start"),
                start, QStringLiteral("--time"), QStringLiteral("13:00")});
        INFO(scheduled.err.toStdString());
        REQUIRE(scheduled.exitCode == 0);
        const QJsonObject series = scheduled.json().object();
        const qint64 seriesId = series.value(QStringLiteral("id")).toInteger();
        CHECK(seriesId > 0);
        CHECK(series.value(QStringLiteral("rrule"))
                  .toString()
                  .startsWith(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=")));
        const int count = series.value(QStringLiteral("meetings")).toInt();
        CHECK(count >= 25);
        CHECK(count <= 27);

        const Run meetings = cli(backend,
            {QStringLiteral("meetings"), QStringLiteral("--unit"), QString::number(unitId),
                QStringLiteral("--from"), start, QStringLiteral("--to"),
                tf::stockholmDate(QDateTime::currentDateTimeUtc())
                    .addYears(1)
                    .toString(Qt::ISODate)});
        REQUIRE(meetings.exitCode == 0);
        const QJsonArray list = meetings.json().array();
        CHECK(list.size() == count);
        const QJsonObject first = list.first().toObject();
        CHECK(first.value(QStringLiteral("forum")).toString() == QStringLiteral("teammote"));
        CHECK(first.value(QStringLiteral("minutes")).toInt() == 30);
        CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("planned"));
        CHECK(first.value(QStringLiteral("location")).toString()
            == QStringLiteral("På respektive avdelning"));
        const QDateTime firstStart
            = QDateTime::fromString(first.value(QStringLiteral("start")).toString(), Qt::ISODate);
        CHECK(first.value(QStringLiteral("start"))
                  .toString()
                  .startsWith(start + QStringLiteral("T13:00:00+0")));
        CHECK(firstStart.isValid());

        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("teammote.ics"));
        const QStringList request = {QStringLiteral("export-ics"), QStringLiteral("--series"),
            QString::number(seriesId), QStringLiteral("--method"), QStringLiteral("request"),
            QStringLiteral("--output"), file};
        // Nobody with an address organises it: an invitation cannot be answered.
        const Run refused = cli(backend, request);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("e-postadress")));
        CHECK_FALSE(QFile::exists(file));
        if (backend.url.isEmpty()) { // SQLite: --as chooses who acts
            const Run chair = cli(backend,
                {QStringLiteral("add-person"), QStringLiteral("--name"),
                    QStringLiteral("Eva Enhetschef"), QStringLiteral("--email"),
                    QStringLiteral("eva@kommun.se")});
            REQUIRE(chair.exitCode == 0);
            const QString chairId
                = QString::number(chair.json().object().value(QStringLiteral("id")).toInteger());
            const Run exported
                = cli(backend, QStringList {QStringLiteral("--as"), chairId} + request);
            INFO(exported.err.toStdString());
            REQUIRE(exported.exitCode == 0);
            CHECK(exported.json().object().value(QStringLiteral("file")).toString() == file);
            QFile ics(file);
            REQUIRE(ics.open(QIODevice::ReadOnly));
            const QByteArray text = ics.readAll();
            CHECK(text.startsWith("BEGIN:VCALENDAR\r\n"));
            CHECK(text.contains("METHOD:REQUEST\r\n"));
            CHECK(text.contains("ORGANIZER;CN=\"Eva Enhetschef\":mailto:eva@kommun.se\r\n"));
            CHECK(text.contains("TZID:Europe/Stockholm\r\n"));
        }
        const Run toStdout = cli(backend,
            {QStringLiteral("export-ics"), QStringLiteral("--series"), QString::number(seriesId)});
        CHECK(toStdout.exitCode == 0);
        CHECK(toStdout.out.contains("METHOD:PUBLISH\r\n"));
    }
}

TEST_CASE("cli: the chair's commands refuse bad input in Swedish", "[chair][cli]")
{
    const auto backend = tf::test::sqliteBackend();
    Run bad = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sjukhus"),
            QStringLiteral("--name"), QStringLiteral("X")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("Okänd verksamhetstyp")));
    bad = cli(backend,
        {QStringLiteral("meetings"), QStringLiteral("--unit"), QStringLiteral("1"),
            QStringLiteral("--from"), QStringLiteral("2027-13-01"), QStringLiteral("--to"),
            QStringLiteral("2027-12-31")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("ÅÅÅÅ-MM-DD")));
    const Run added = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"),
            QStringLiteral("ordinart_boende"), QStringLiteral("--name"),
            QStringLiteral("Hemtjänst väst")});
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    bad = cli(backend,
        {QStringLiteral("schedule"), QStringLiteral("--unit"), unit, QStringLiteral("--forum"),
            QStringLiteral("aktivitetsrad"), QStringLiteral("--start"),
            QStringLiteral("2027-01-04"), QStringLiteral("--time"), QStringLiteral("13:00")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("inget forum")));
    bad = cli(backend,
        {QStringLiteral("schedule"), QStringLiteral("--unit"), unit, QStringLiteral("--forum"),
            QStringLiteral("teammote"), QStringLiteral("--start"), QStringLiteral("2027-01-04"),
            QStringLiteral("--time"), QStringLiteral("25:00")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("TT:MM")));
    bad = cli(
        backend, {QStringLiteral("export-ics"), QStringLiteral("--series"), QStringLiteral("999")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("ingen mötesserie")));
}

TEST_CASE("cli: meetings lists a series to its end date, as the calendar file does",
    "[chair][cli][horizon]")
{
    const auto backend = tf::test::sqliteBackend();
    const Run added = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
            QStringLiteral("--name"), QStringLiteral("Solgården avd 3")});
    REQUIRE(added.exitCode == 0);
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    // Further off than a year from today, whatever day the test runs.
    const QDate start = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addDays(1);
    const QDate until = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addMonths(18);
    const Run scheduled = cli(backend,
        {QStringLiteral("schedule"), QStringLiteral("--unit"), unit, QStringLiteral("--forum"),
            QStringLiteral("teammote"), QStringLiteral("--start"), start.toString(Qt::ISODate),
            QStringLiteral("--time"), QStringLiteral("13:00"), QStringLiteral("--until"),
            until.toString(Qt::ISODate), QStringLiteral("--keep-holidays")});
    INFO(scheduled.err.toStdString());
    REQUIRE(scheduled.exitCode == 0);
    const QString seriesId
        = QString::number(scheduled.json().object().value(QStringLiteral("id")).toInteger());

    // Every other week from the first date, the last one on or before the end.
    const qint64 last = start.daysTo(until) / 14;
    const QDate lastDate = start.addDays(last * 14);
    const Run meetings = cli(backend,
        {QStringLiteral("meetings"), QStringLiteral("--unit"), unit, QStringLiteral("--from"),
            start.toString(Qt::ISODate), QStringLiteral("--to"), until.toString(Qt::ISODate)});
    REQUIRE(meetings.exitCode == 0);
    const QJsonArray list = meetings.json().array();
    CHECK(list.size() == last + 1);
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.last()
              .toObject()
              .value(QStringLiteral("start"))
              .toString()
              .startsWith(lastDate.toString(Qt::ISODate) + QStringLiteral("T13:00")));

    // The calendar file's rule ends on the same day.
    const Run ics
        = cli(backend, {QStringLiteral("export-ics"), QStringLiteral("--series"), seriesId});
    REQUIRE(ics.exitCode == 0);
    CHECK(
        ics.out.contains(";UNTIL=" + until.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "T"));
}

TEST_CASE(
    "cli: meetings of an open-ended series as far as they are listed", "[chair][cli][horizon]")
{
    const auto backend = tf::test::sqliteBackend();
    const Run added = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
            QStringLiteral("--name"), QStringLiteral("Solgården avd 4")});
    REQUIRE(added.exitCode == 0);
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    const QDate start = tf::stockholmDate(QDateTime::currentDateTimeUtc()).addDays(1);
    REQUIRE(
        cli(backend,
            {QStringLiteral("schedule"), QStringLiteral("--unit"), unit, QStringLiteral("--forum"),
                QStringLiteral("teammote"), QStringLiteral("--start"), start.toString(Qt::ISODate),
                QStringLiteral("--time"), QStringLiteral("13:00"),
                QStringLiteral("--keep-holidays")})
            .exitCode
        == 0);
    const QDate from = start.addYears(2);
    const Run meetings = cli(backend,
        {QStringLiteral("meetings"), QStringLiteral("--unit"), unit, QStringLiteral("--from"),
            from.toString(Qt::ISODate), QStringLiteral("--to"),
            from.addDays(27).toString(Qt::ISODate)});
    REQUIRE(meetings.exitCode == 0);
    CHECK(meetings.json().array().size() == 2);
}

TEST_CASE("cli: schedule-once makes one meeting and meetings lists it", "[chair][cli][once]")
{
    const auto backend = tf::test::sqliteBackend();
    const Run added = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
            QStringLiteral("--name"), QStringLiteral("Solgården avd 5")});
    REQUIRE(added.exitCode == 0);
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    const Run once = cli(backend,
        {QStringLiteral("schedule-once"), QStringLiteral("--unit"), unit, QStringLiteral("--forum"),
            QStringLiteral("pulsmote"), QStringLiteral("--date"), QStringLiteral("2027-03-16"),
            QStringLiteral("--time"), QStringLiteral("9:15")});
    INFO(once.err.toStdString());
    REQUIRE(once.exitCode == 0);
    const QJsonObject meeting = once.json().object();
    CHECK(meeting.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(meeting.value(QStringLiteral("start")).toString()
        == QStringLiteral("2027-03-16T09:15:00+01:00"));

    const Run meetings = cli(backend,
        {QStringLiteral("meetings"), QStringLiteral("--unit"), unit, QStringLiteral("--from"),
            QStringLiteral("2027-03-16"), QStringLiteral("--to"), QStringLiteral("2027-03-16")});
    REQUIRE(meetings.exitCode == 0);
    const QJsonArray list = meetings.json().array();
    REQUIRE(list.size() == 1);
    const QJsonObject listed = list.first().toObject();
    CHECK(listed.value(QStringLiteral("id")) == meeting.value(QStringLiteral("id")));
    CHECK(listed.value(QStringLiteral("forum")).toString() == QStringLiteral("pulsmote"));
    CHECK(listed.value(QStringLiteral("series")).toInteger() == 0);
    CHECK(listed.value(QStringLiteral("minutes")).toInt() == 5);
    CHECK(listed.value(QStringLiteral("status")).toString() == QStringLiteral("planned"));
}

TEST_CASE("cli: schedule-once refuses bad input in Swedish", "[chair][cli][once]")
{
    const auto backend = tf::test::sqliteBackend();
    const Run added = cli(backend,
        {QStringLiteral("add-unit"), QStringLiteral("--service-type"), QStringLiteral("sabo"),
            QStringLiteral("--name"), QStringLiteral("Solgården avd 6")});
    const QString unit
        = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    auto once = [&](const QString &unitId, const QString &forum, const QString &date,
                    const QString &time) {
        return cli(backend,
            {QStringLiteral("schedule-once"), QStringLiteral("--unit"), unitId,
                QStringLiteral("--forum"), forum, QStringLiteral("--date"), date,
                QStringLiteral("--time"), time});
    };
    const QString forum = QStringLiteral("teammote");
    Run bad = once(unit, forum, QStringLiteral("2027-02-30"), QStringLiteral("13:00"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("ÅÅÅÅ-MM-DD")));
    bad = once(unit, forum, QStringLiteral("2027-02-03"), QStringLiteral("25:00"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("TT:MM")));
    bad = once(unit, QStringLiteral("samordningsmote"), QStringLiteral("2027-02-03"),
        QStringLiteral("13:00"));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("inget forum")));
    bad = once(QStringLiteral("999"), forum, QStringLiteral("2027-02-03"), QStringLiteral("13:00"));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("ingen enhet")));
    bad = cli(backend, {QStringLiteral("schedule-once"), QStringLiteral("--unit"), unit});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("Ange --forum")));
    const Run meetings = cli(backend,
        {QStringLiteral("meetings"), QStringLiteral("--unit"), unit, QStringLiteral("--from"),
            QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31")});
    CHECK(meetings.json().array().isEmpty());
}
