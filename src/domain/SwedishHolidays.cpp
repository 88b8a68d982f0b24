#include "domain/SwedishHolidays.h"

#include <QHash>

namespace tf {

namespace {
// The first date on or after `from` that falls on `weekday` (1 = Monday).
QDate firstWeekdayFrom(const QDate &from, int weekday)
{
    return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
}
} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<Holiday> swedishHolidays(int year)
{
    const QDate easter = easterSunday(year);
    // Midsommardagen is the Saturday 20–26 June, alla helgons dag the
    // Saturday 31 October – 6 November (lag 1989:253).
    const QDate midsummerDay = firstWeekdayFrom(QDate(year, 6, 20), 6);
    const QDate allSaints = firstWeekdayFrom(QDate(year, 10, 31), 6);
    QList<Holiday> list = {
        {QDate(year, 1, 1), QStringLiteral("Nyårsdagen")},
        {QDate(year, 1, 6), QStringLiteral("Trettondedag jul")},
        {easter.addDays(-2), QStringLiteral("Långfredagen")},
        {easter, QStringLiteral("Påskdagen")},
        {easter.addDays(1), QStringLiteral("Annandag påsk")},
        {QDate(year, 5, 1), QStringLiteral("Första maj")},
        {easter.addDays(39), QStringLiteral("Kristi himmelsfärdsdag")},
        {easter.addDays(49), QStringLiteral("Pingstdagen")},
        {QDate(year, 6, 6), QStringLiteral("Sveriges nationaldag")},
        {midsummerDay.addDays(-1), QStringLiteral("Midsommarafton"), true},
        {midsummerDay, QStringLiteral("Midsommardagen")},
        {allSaints, QStringLiteral("Alla helgons dag")},
        {QDate(year, 12, 24), QStringLiteral("Julafton"), true},
        {QDate(year, 12, 25), QStringLiteral("Juldagen")},
        {QDate(year, 12, 26), QStringLiteral("Annandag jul")},
        {QDate(year, 12, 31), QStringLiteral("Nyårsafton"), true},
    };
    std::sort(list.begin(), list.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

QString swedishHolidayName(const QDate &date)
{
    if (!date.isValid())
        return {};
    // Expansion asks for many dates of the same few years.
    thread_local QHash<int, QHash<QDate, QString>> cache;
    auto it = cache.find(date.year());
    if (it == cache.end()) {
        QHash<QDate, QString> names;
        for (const auto &holiday : swedishHolidays(date.year()))
            names.insert(holiday.date, holiday.name);
        it = cache.insert(date.year(), names);
    }
    return it->value(date);
}

bool isSwedishHoliday(const QDate &date)
{
    return !swedishHolidayName(date).isEmpty();
}

} // namespace tf
