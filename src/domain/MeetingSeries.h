#pragma once

#include "domain/ForumTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace tf {

// A recurring forum of a unit, made from a forum template: its rule, first
// date, time(s) of day and place. Its meetings are generated ahead in a
// rolling window and can be moved or cancelled one at a time.
struct MeetingSeries
{
    qint64 id = 0;
    int version = 0;
    QString uuid; // stable: the iCalendar UID is made from it
    qint64 unitId = 0;
    qint64 templateId = 0;
    QString forum; // forum key
    QString title;
    QString rrule; // the full rule, e.g. "FREQ=MONTHLY;BYDAY=2TU"
    QDate startDate;
    QDate untilDate; // invalid: open-ended
    QList<QTime> times; // local (Europe/Stockholm); two for "morning and afternoon"
    int minutes = 30;
    LocationKind locationKind = LocationKind::Unspecified;
    QString location;
    bool skipHolidays = true;
    qint64 followsSeriesId = 0; // held right after this series at one occasion
    qint64 chairId = 0;
    int sequence = 0; // iCalendar SEQUENCE, raised on every change
    QDate generatedUntil;

    // Empty when the series can be saved, else a Swedish message.
    QString validationError() const;
};

// One planned occurrence of a series before any single change: the slot it
// was generated for (its RECURRENCE-ID).
struct SeriesOccurrence
{
    QDateTime originalStartUtc;
    QDate localDate;
    QTime localTime;
};

// A holiday skipped by the series (an EXDATE in the calendar export).
struct SkippedOccurrence
{
    QDateTime originalStartUtc;
    QString holidayName;
};

} // namespace tf
