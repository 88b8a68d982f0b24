#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// A Swedish public holiday (allmän helgdag) or one of the eves that
// workplaces keep as holidays (midsommarafton, julafton, nyårsafton).
struct Holiday
{
    QDate date;
    QString name;
    bool eve = false; // a helgafton rather than an allmän helgdag by law
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
QDate easterSunday(int year);
// Every holiday of the year in date order. Sundays are not listed: a
// recurrence lands on a Sunday only when the chair asked for it.
QList<Holiday> swedishHolidays(int year);
// The holiday's name, or an empty string when the date is a working day.
QString swedishHolidayName(const QDate &date);
bool isSwedishHoliday(const QDate &date);

} // namespace tf
