#include "domain/SeriesPlanner.h"

#include "domain/Recurrence.h"
#include "domain/SwedishHolidays.h"

namespace tf {

QString MeetingSeries::validationError() const
{
    if (unitId <= 0)
        return QStringLiteral("Välj en enhet för mötesserien.");
    if (title.trimmed().isEmpty())
        return QStringLiteral("Mötesserien måste ha ett namn.");
    RecurrenceRule rule;
    QString error;
    if (!RecurrenceRule::parse(rrule, &rule, &error))
        return error;
    if (!startDate.isValid())
        return QStringLiteral("Ange ett giltigt startdatum.");
    if (untilDate.isValid() && untilDate < startDate)
        return QStringLiteral("Slutdatumet kan inte ligga före startdatumet.");
    if (times.isEmpty())
        return QStringLiteral("Ange en starttid.");
    for (const QTime &time : times) {
        if (!time.isValid())
            return QStringLiteral("Ange tiden som TT:MM, till exempel 13:30.");
    }
    if (minutes <= 0 || minutes > 8 * 60)
        return QStringLiteral("Mötets längd ska vara mellan 1 minut och 8 timmar.");
    return {};
}

QTimeZone SeriesPlanner::stockholm()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
    return zone;
}

QDateTime SeriesPlanner::toUtc(const QDate &localDate, const QTime &localTime)
{
    // RFC 5545, 3.3.5: a local time that occurs twice (autumn) is its first
    // occurrence; one that does not occur (spring) is read with the offset
    // before the gap, so 02:30 on the last Sunday of March is 03:30.
    const QTimeZone &zone = stockholm();
    const QDateTime asIfUtc(localDate, localTime, Qt::UTC);
    if (!asIfUtc.isValid())
        return {};
    // Offsets change at most once in a day, never twice within 12 hours.
    const int before = zone.offsetFromUtc(asIfUtc.addSecs(-12 * 3600));
    const int after = zone.offsetFromUtc(asIfUtc.addSecs(12 * 3600));
    QDateTime first;
    for (const int offset : {before, after}) {
        const QDateTime candidate = asIfUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!first.isValid() || candidate < first))
            first = candidate;
    }
    return first.isValid() ? first : asIfUtc.addSecs(-before);
}

QList<SeriesOccurrence> SeriesPlanner::occurrences(
    const MeetingSeries &series, const QDate &from, const QDate &to)
{
    RecurrenceRule rule;
    if (!RecurrenceRule::parse(series.rrule, &rule))
        return {};
    QDate last = to;
    if (series.untilDate.isValid() && series.untilDate < last)
        last = series.untilDate;
    QList<SeriesOccurrence> list;
    for (const QDate &date : rule.dates(series.startDate, from, last)) {
        if (series.skipHolidays && isSwedishHoliday(date))
            continue;
        for (const QTime &time : series.times)
            list << SeriesOccurrence {toUtc(date, time), date, time};
    }
    std::sort(list.begin(), list.end(), [](const SeriesOccurrence &a, const SeriesOccurrence &b) {
        return a.originalStartUtc < b.originalStartUtc;
    });
    return list;
}

QList<SkippedOccurrence> SeriesPlanner::skipped(
    const MeetingSeries &series, const QDate &from, const QDate &to)
{
    RecurrenceRule rule;
    if (!series.skipHolidays || !RecurrenceRule::parse(series.rrule, &rule))
        return {};
    QDate last = to;
    if (series.untilDate.isValid() && series.untilDate < last)
        last = series.untilDate;
    QList<SkippedOccurrence> list;
    for (const QDate &date : rule.dates(series.startDate, from, last)) {
        const QString name = swedishHolidayName(date);
        if (name.isEmpty())
            continue;
        for (const QTime &time : series.times)
            list << SkippedOccurrence {toUtc(date, time), name};
    }
    return list;
}

QTime SeriesPlanner::followingTime(const MeetingSeries &previous)
{
    const QTime first = previous.times.isEmpty() ? QTime(13, 0) : previous.times.first();
    return first.addSecs(previous.minutes * 60);
}

} // namespace tf
