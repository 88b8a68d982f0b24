#include "services/scheduling/ICalendarWriter.h"

#include "domain/Recurrence.h"
#include "domain/SeriesPlanner.h"

namespace tf {

namespace {
const char kTimezone[] = "BEGIN:VTIMEZONE\r\n"
                         "TZID:Europe/Stockholm\r\n"
                         "BEGIN:DAYLIGHT\r\n"
                         "TZOFFSETFROM:+0100\r\n"
                         "TZOFFSETTO:+0200\r\n"
                         "TZNAME:CEST\r\n"
                         "DTSTART:19700329T020000\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                         "END:DAYLIGHT\r\n"
                         "BEGIN:STANDARD\r\n"
                         "TZOFFSETFROM:+0200\r\n"
                         "TZOFFSETTO:+0100\r\n"
                         "TZNAME:CET\r\n"
                         "DTSTART:19701025T030000\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                         "END:STANDARD\r\n"
                         "END:VTIMEZONE\r\n";

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString local(const QDateTime &utc)
{
    return utc.toTimeZone(SeriesPlanner::stockholm()).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString tzProperty(const QString &name, const QDateTime &utc)
{
    return QStringLiteral("%1;TZID=Europe/Stockholm:%2").arg(name, local(utc));
}

// A parameter value: quoted, without the characters a quoted value cannot hold.
QString paramValue(QString value)
{
    value.remove(QLatin1Char('"'));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("\"%1\"").arg(value);
}

QString calAddress(const CalendarPerson &person)
{
    if (!person.email.isEmpty())
        return QStringLiteral("mailto:%1").arg(person.email);
    return QStringLiteral("urn:uuid:%1").arg(person.uuid);
}

QString locationText(const MeetingSeries &series, const QString &location)
{
    if (!location.isEmpty())
        return location;
    return series.location;
}
} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray ICalendarWriter::fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int start = 0;
    int limit = 75; // the first line; continuation lines start with a space
    while (bytes.size() - start > limit) {
        int cut = start + limit;
        // Never cut inside a UTF-8 sequence: step back over continuation bytes.
        while (cut > start && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += bytes.mid(start) + "\r\n";
    return out;
}

QString ICalendarWriter::uid(const MeetingSeries &series, int timeIndex)
{
    return timeIndex == 0 ? QStringLiteral("%1@teamforum").arg(series.uuid)
                          : QStringLiteral("%1-%2@teamforum").arg(series.uuid).arg(timeIndex + 1);
}

QByteArray ICalendarWriter::write(const Input &input)
{
    const MeetingSeries &series = input.series;
    const bool request = input.method == Method::Request;
    const QString stamp
        = utcStamp(input.stampUtc.isValid() ? input.stampUtc : QDateTime::currentDateTimeUtc());
    const QString summary = input.unitName.isEmpty()
        ? series.title
        : QStringLiteral("%1 – %2").arg(series.title, input.unitName);
    RecurrenceRule rule;
    RecurrenceRule::parse(series.rrule, &rule);
    rule.until = QDate();

    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Teamforum//Teamforum %1//SV")
             .arg(QStringLiteral(TEAMFORUM_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(request ? QStringLiteral("METHOD:REQUEST") : QStringLiteral("METHOD:PUBLISH"));
    out += kTimezone;

    // iTIP wants an organizer in both; only an invitation names attendees.
    // An overriding VEVENT replaces the whole occurrence, so it names the
    // series' attendees again besides its own.
    auto people = [&](const QList<CalendarPerson> &ownAttendees) {
        line(QStringLiteral("ORGANIZER;CN=%1:%2")
                 .arg(paramValue(input.organizer.name), calAddress(input.organizer)));
        if (!request)
            return;
        for (const QList<CalendarPerson> *list : {&input.attendees, &ownAttendees}) {
            for (const CalendarPerson &person : *list) {
                line(QStringLiteral("ATTENDEE;CN=%1;ROLE=%2;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:%3")
                         .arg(paramValue(person.name),
                             person.optional ? QStringLiteral("OPT-PARTICIPANT")
                                             : QStringLiteral("REQ-PARTICIPANT"),
                             calAddress(person)));
            }
        }
    };
    auto common = [&](int timeIndex, const QDateTime &startUtc, int minutes,
                      const QString &location, const QList<CalendarPerson> &ownAttendees) {
        line(QStringLiteral("UID:%1").arg(uid(series, timeIndex)));
        line(QStringLiteral("DTSTAMP:%1").arg(stamp));
        line(QStringLiteral("SEQUENCE:%1").arg(series.sequence));
        line(tzProperty(QStringLiteral("DTSTART"), startUtc));
        line(tzProperty(QStringLiteral("DTEND"), startUtc.addSecs(minutes * 60)));
        line(QStringLiteral("SUMMARY:%1").arg(escapeText(summary)));
        const QString place = locationText(series, location);
        if (!place.isEmpty())
            line(QStringLiteral("LOCATION:%1").arg(escapeText(place)));
        line(QStringLiteral("STATUS:CONFIRMED"));
        people(ownAttendees);
    };

    for (int timeIndex = 0; timeIndex < series.times.size(); ++timeIndex) {
        const QTime time = series.times.at(timeIndex);
        // DTSTART is the first date the rule itself gives, so that it never
        // counts as an extra occurrence.
        const QList<QDate> firstDates
            = rule.dates(series.startDate, series.startDate, series.startDate.addYears(1));
        const QDateTime first = SeriesPlanner::toUtc(
            firstDates.isEmpty() ? series.startDate : firstDates.first(), time);
        out += "BEGIN:VEVENT\r\n";
        common(timeIndex, first, series.minutes, QString(), {});
        QString rrule = rule.toString();
        if (series.untilDate.isValid())
            rrule += QStringLiteral(";UNTIL=%1")
                         .arg(utcStamp(SeriesPlanner::toUtc(series.untilDate, time)));
        line(QStringLiteral("RRULE:%1").arg(rrule));
        QList<QDateTime> excluded;
        for (const SkippedOccurrence &skipped : input.skippedHolidays) {
            if (skipped.originalStartUtc.toTimeZone(SeriesPlanner::stockholm()).time() == time)
                excluded << skipped.originalStartUtc;
        }
        for (const SeriesMeeting &entry : input.meetings) {
            if (entry.meeting.status == MeetingStatus::Cancelled
                && entry.originalStartUtc.toTimeZone(SeriesPlanner::stockholm()).time() == time)
                excluded << entry.originalStartUtc;
        }
        std::sort(excluded.begin(), excluded.end());
        for (const QDateTime &date : excluded)
            line(tzProperty(QStringLiteral("EXDATE"), date));
        out += "END:VEVENT\r\n";

        for (const SeriesMeeting &entry : input.meetings) {
            const Meeting &m = entry.meeting;
            const QList<CalendarPerson> own
                = request ? input.meetingAttendees.value(m.id) : QList<CalendarPerson>();
            const bool changed = entry.moved() || m.minutes != series.minutes
                || (!m.location.isEmpty() && m.location != series.location) || !own.isEmpty();
            if (m.status == MeetingStatus::Cancelled || !changed
                || entry.originalStartUtc.toTimeZone(SeriesPlanner::stockholm()).time() != time)
                continue;
            out += "BEGIN:VEVENT\r\n";
            common(timeIndex, m.startUtc, m.minutes, m.location, own);
            line(tzProperty(QStringLiteral("RECURRENCE-ID"), entry.originalStartUtc));
            out += "END:VEVENT\r\n";
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace tf
