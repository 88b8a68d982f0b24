#include <catch2/catch.hpp>

#include "domain/Recurrence.h"
#include "domain/SeriesPlanner.h"
#include "domain/SwedishHolidays.h"

using namespace tf;

namespace {
MeetingSeries seriesFor(const QString &templateRrule, const QDate &first, bool skipHolidays,
    QList<QTime> times = {QTime(13, 0)})
{
    MeetingSeries series;
    series.unitId = 1;
    series.title = QStringLiteral("Teammöte");
    series.rrule = RecurrenceRule::forSeries(templateRrule, first).toString();
    series.startDate = first;
    series.times = times;
    series.minutes = 30;
    series.skipHolidays = skipHolidays;
    return series;
}

int countIn2027(const MeetingSeries &series)
{
    return static_cast<int>(
        SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31)).size());
}
} // namespace

TEST_CASE("Swedish public holidays follow Easter and the midsummer rules", "[schedule]")
{
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25));
    CHECK(swedishHolidayName(QDate(2027, 3, 26)) == QStringLiteral("Långfredagen"));
    CHECK(swedishHolidayName(QDate(2027, 3, 29)) == QStringLiteral("Annandag påsk"));
    CHECK(swedishHolidayName(QDate(2027, 5, 6)) == QStringLiteral("Kristi himmelsfärdsdag"));
    CHECK(swedishHolidayName(QDate(2027, 5, 16)) == QStringLiteral("Pingstdagen"));
    CHECK(swedishHolidayName(QDate(2027, 6, 25)) == QStringLiteral("Midsommarafton"));
    CHECK(swedishHolidayName(QDate(2027, 6, 26)) == QStringLiteral("Midsommardagen"));
    CHECK(swedishHolidayName(QDate(2026, 6, 19)) == QStringLiteral("Midsommarafton"));
    CHECK(swedishHolidayName(QDate(2027, 11, 6)) == QStringLiteral("Alla helgons dag"));
    CHECK(swedishHolidayName(QDate(2026, 10, 31)) == QStringLiteral("Alla helgons dag"));
    CHECK(swedishHolidayName(QDate(2027, 6, 6)) == QStringLiteral("Sveriges nationaldag"));
    CHECK(isSwedishHoliday(QDate(2027, 12, 24)));
    CHECK_FALSE(isSwedishHoliday(QDate(2027, 3, 27))); // påskafton is a Saturday like others
    CHECK_FALSE(isSwedishHoliday(QDate(2027, 6, 24)));
    CHECK(swedishHolidays(2027).size() == 16);
}

TEST_CASE("a series of every template interval over a year", "[schedule]")
{
    // 2027 starts on a Friday; its holidays on weekdays: 1/1, 6/1, 26/3,
    // 29/3, 6/5, 25/6, 24/12 and 31/12.
    SECTION("daily pulsmöte")
    {
        CHECK(
            countIn2027(seriesFor(QStringLiteral("FREQ=DAILY"), QDate(2027, 1, 1), false)) == 365);
        CHECK(countIn2027(seriesFor(QStringLiteral("FREQ=DAILY"), QDate(2027, 1, 1), true)) == 349);
    }
    SECTION("weekdays")
    {
        const auto series
            = seriesFor(QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"), QDate(2027, 1, 1), true);
        const auto list
            = SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31));
        CHECK(list.size() == 261 - 8);
        for (const auto &occurrence : list)
            CHECK(occurrence.localDate.dayOfWeek() <= 5);
        CHECK(list.first().localDate == QDate(2027, 1, 4)); // 1/1 is nyårsdagen
    }
    SECTION("morning and afternoon")
    {
        const auto series = seriesFor(
            QStringLiteral("FREQ=DAILY"), QDate(2027, 1, 1), true, {QTime(8, 30), QTime(14, 0)});
        const auto list
            = SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31));
        CHECK(list.size() == 2 * 349);
        CHECK(list.at(0).localTime == QTime(8, 30));
        CHECK(list.at(1).localTime == QTime(14, 0));
        CHECK(list.at(0).localDate == list.at(1).localDate);
    }
    SECTION("weekly on Mondays skips annandag påsk")
    {
        const auto series = seriesFor(QStringLiteral("FREQ=WEEKLY"), QDate(2027, 1, 4), true);
        CHECK(series.rrule == QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        CHECK(countIn2027(series) == 51);
        CHECK(
            countIn2027(seriesFor(QStringLiteral("FREQ=WEEKLY"), QDate(2027, 1, 4), false)) == 52);
    }
    SECTION("every other week on Tuesdays")
    {
        const auto series
            = seriesFor(QStringLiteral("FREQ=WEEKLY;INTERVAL=2"), QDate(2027, 1, 5), true);
        const auto list
            = SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31));
        REQUIRE(list.size() == 26);
        for (int i = 0; i < list.size(); ++i) {
            CHECK(list.at(i).localDate == QDate(2027, 1, 5).addDays(14 * i));
            CHECK(list.at(i).localTime == QTime(13, 0));
        }
    }
    SECTION("monthly on the second Tuesday")
    {
        const auto series = seriesFor(QStringLiteral("FREQ=MONTHLY"), QDate(2027, 1, 12), true);
        CHECK(series.rrule == QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        const auto list
            = SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31));
        REQUIRE(list.size() == 12);
        for (const auto &occurrence : list) {
            CHECK(occurrence.localDate.dayOfWeek() == 2);
            CHECK((occurrence.localDate.day() - 1) / 7 == 1);
        }
    }
    SECTION("monthly on the last Friday skips julafton and nyårsafton")
    {
        const auto series = seriesFor(QStringLiteral("FREQ=MONTHLY"), QDate(2027, 1, 29), true);
        CHECK(series.rrule == QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        // Långfredagen, midsommarafton and nyårsafton are last Fridays in 2027.
        CHECK(countIn2027(series) == 9);
    }
    SECTION("every six months, every three months and yearly")
    {
        CHECK(countIn2027(
                  seriesFor(QStringLiteral("FREQ=MONTHLY;INTERVAL=6"), QDate(2027, 2, 3), true))
            == 2);
        CHECK(countIn2027(
                  seriesFor(QStringLiteral("FREQ=MONTHLY;INTERVAL=3"), QDate(2027, 2, 3), true))
            == 4);
        CHECK(countIn2027(seriesFor(QStringLiteral("FREQ=YEARLY"), QDate(2027, 2, 3), true)) == 1);
    }
    SECTION("an end date stops the series")
    {
        auto series = seriesFor(QStringLiteral("FREQ=WEEKLY"), QDate(2027, 1, 4), false);
        series.untilDate = QDate(2027, 3, 1);
        CHECK(countIn2027(series) == 9);
    }
}

TEST_CASE("local meeting times stay put across daylight saving", "[schedule]")
{
    const auto series = seriesFor(QStringLiteral("FREQ=WEEKLY"), QDate(2027, 3, 22), false);
    const auto list = SeriesPlanner::occurrences(series, QDate(2027, 3, 1), QDate(2027, 4, 5));
    REQUIRE(list.size() == 3);
    // Summer time starts on 28 March 2027.
    CHECK(list.at(0).originalStartUtc == QDateTime(QDate(2027, 3, 22), QTime(12, 0), Qt::UTC));
    CHECK(list.at(2).originalStartUtc == QDateTime(QDate(2027, 4, 5), QTime(11, 0), Qt::UTC));
}

TEST_CASE("recurrence rules parse, print and refuse what they cannot do", "[schedule]")
{
    RecurrenceRule rule;
    QString error;
    REQUIRE(RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR"), &rule));
    CHECK(rule.interval == 6);
    CHECK(rule.byDay.first().ordinal == -1);
    CHECK(rule.toString() == QStringLiteral("FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR"));
    CHECK(rule.describe() == QStringLiteral("Var sjätte månad, sista fredagen"));
    CHECK_FALSE(RecurrenceRule::parse(QStringLiteral("FREQ=HOURLY"), &rule, &error));
    CHECK(error.contains(QStringLiteral("Okänt intervall")));
    CHECK_FALSE(RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYSETPOS=1"), &rule, &error));
    CHECK_FALSE(RecurrenceRule::parse(QStringLiteral("INTERVAL=2"), &rule, &error));
    RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), &rule);
    CHECK(rule.describe() == QStringLiteral("Varannan vecka på tisdagar"));
}

TEST_CASE("ten APTs a year: none in July and December unless chosen", "[schedule]")
{
    const QString tenAYear = QStringLiteral("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11");
    RecurrenceRule rule;
    QString error;
    REQUIRE(RecurrenceRule::parse(tenAYear, &rule));
    CHECK(rule.byMonth == QList<int> {1, 2, 3, 4, 5, 6, 8, 9, 10, 11});
    CHECK(rule.toString() == tenAYear);
    const auto series = seriesFor(tenAYear, QDate(2027, 1, 12), true);
    CHECK(series.rrule == QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11"));
    const auto list = SeriesPlanner::occurrences(series, QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(list.size() == 10);
    for (const auto &occurrence : list) {
        CHECK(occurrence.localDate.month() != 7);
        CHECK(occurrence.localDate.month() != 12);
    }
    RecurrenceRule::parse(series.rrule, &rule);
    CHECK(rule.describe() == QStringLiteral("Varje månad, andra tisdagen, ej i juli och december"));
    // Chosen: every month, twelve a year.
    CHECK(countIn2027(seriesFor(QStringLiteral("FREQ=MONTHLY"), QDate(2027, 1, 12), true)) == 12);
    CHECK_FALSE(RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;BYMONTH=13"), &rule, &error));
    CHECK(error.contains(QStringLiteral("månad")));
}
