#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tf {

// The part of an RFC 5545 RRULE that meeting series use: FREQ, INTERVAL,
// BYDAY (with an ordinal for monthly rules, e.g. 2TU or -1FR), BYMONTH (the
// months it meets in: ten APTs a year skip July and December) and UNTIL as
// a date. Weeks start on Monday (WKST=MO), as in Sweden.
struct RecurrenceRule
{
    enum class Frequency { Daily, Weekly, Monthly, Yearly };
    struct Day
    {
        int weekday = 1; // 1 = Monday … 7 = Sunday
        int ordinal = 0; // monthly: 1…4 or -1 (last); 0 = every such weekday
        bool operator==(const Day &other) const
        {
            return weekday == other.weekday && ordinal == other.ordinal;
        }
    };

    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    QList<Day> byDay;
    QList<int> byMonth; // 1 … 12 in order; empty = every month
    QDate until; // last possible date, inclusive; invalid = open-ended

    // Parses an RRULE value ("FREQ=…;…"); returns false and a Swedish
    // message for anything outside the subset above.
    static bool parse(const QString &text, RecurrenceRule *rule, QString *error = nullptr);
    QString toString() const;

    // The rule a series gets from its template's interval and first date:
    // weekly rules meet on the first date's weekday, monthly rules on the
    // same weekday of the month ("andra tisdagen"; the fifth becomes "last").
    static RecurrenceRule forSeries(const QString &templateRrule, const QDate &firstDate);

    // The dates in [from, to] generated from the first date `start` (which
    // is itself always the first occurrence when it matches the rule).
    QList<QDate> dates(const QDate &start, const QDate &from, const QDate &to) const;

    // A Swedish description such as "Varannan vecka på tisdagar" or "Varje
    // månad, andra tisdagen, ej i juli och december".
    QString describe() const;
};

QString weekdayCode(int weekday); // "MO" … "SU"

} // namespace tf
