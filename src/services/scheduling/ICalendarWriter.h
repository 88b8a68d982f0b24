#pragma once

#include "domain/MeetingSeries.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace tf {

// Someone named in a calendar file. An invitation (REQUEST) reaches people
// by e-mail only; a published calendar names an organizer without an
// address by their uuid (urn:uuid:…), which every reader accepts.
struct CalendarPerson
{
    QString name;
    QString email;
    QString uuid;
    bool optional = false; // an adjunct: OPT-PARTICIPANT
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
        QList<CalendarPerson> attendees; // Request only: the whole series
        // Request only: people invited to one meeting besides the series'
        // attendees (adjuncts), by meeting id. Such a meeting gets an
        // overriding VEVENT naming them.
        QHash<qint64, QList<CalendarPerson>> meetingAttendees;
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
