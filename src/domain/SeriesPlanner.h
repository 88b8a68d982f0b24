#pragma once

#include "domain/MeetingSeries.h"

#include <QTimeZone>

namespace tf {

// Pure expansion of a series into its occurrences, in Europe/Stockholm.
class SeriesPlanner
{
public:
    static QTimeZone stockholm();
    // The UTC time of a local time in Stockholm as RFC 5545 reads it: the
    // first of a time that occurs twice, one in the spring gap moved on by
    // the gap.
    static QDateTime toUtc(const QDate &localDate, const QTime &localTime);

    // Occurrences whose local date lies in [from, to], holidays skipped when
    // the series says so, in start order.
    static QList<SeriesOccurrence> occurrences(
        const MeetingSeries &series, const QDate &from, const QDate &to);
    // Occurrences of the rule in [from, to] that fall on a holiday and are
    // skipped (empty when the series keeps holidays).
    static QList<SkippedOccurrence> skipped(
        const MeetingSeries &series, const QDate &from, const QDate &to);
    // The series that follows another at one occasion starts when the other
    // ends: its first time is the other's first time plus its length.
    static QTime followingTime(const MeetingSeries &previous);
};

} // namespace tf
