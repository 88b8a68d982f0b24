#pragma once

#include "domain/MeetingSeries.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace tf {

// Someone named in an invitation. Without an e-mail address the person is
// identified by their uuid (urn:uuid:…), which every reader accepts.
struct CalendarPerson
{
    QString name;
    QString email;
    QString uuid;
};

// A series as an RFC 5545 calendar: VTIMEZONE Europe/Stockholm, one VEVENT
// per time of day with RRULE, EXDATE for cancelled meetings and skipped
// holidays, and an overriding VEVENT (RECURRENCE-ID) per moved meeting.
// UIDs are made from the series uuid, so a new export updates the old one.
class ICalendarWriter
{
public:
    enum class Method { Publish, Request };

    struct Input
    {
        MeetingSeries series;
        QList<SeriesMeeting> meetings;
        QList<SkippedOccurrence> skippedHolidays;
        QString unitName;
        Method method = Method::Publish;
        CalendarPerson organizer;
        QList<CalendarPerson> attendees; // Request only
        QDateTime stampUtc; // DTSTAMP; now when invalid
    };

    static QByteArray write(const Input &input);

    // One content line, folded at 75 octets without splitting a UTF-8
    // sequence, ending in CRLF.
    static QByteArray fold(const QString &line);
    static QString escapeText(const QString &text);
    static QString uid(const MeetingSeries &series, int timeIndex);
};

} // namespace tf
