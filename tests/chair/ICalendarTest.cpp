// The calendar export read back by libical, a strict third-party reader that
// expands recurrences with the file's own VTIMEZONE.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "services/scheduling/CalendarExport.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"

#include <libical/ical.h>

#include <set>

using namespace tf;
using tf::test::ChairFixture;

namespace {
struct Parsed
{
    icalcomponent *calendar = nullptr;
    explicit Parsed(const QByteArray &data)
        : calendar(icalparser_parse_string(data.constData()))
    { }
    ~Parsed() { icalcomponent_free(calendar); }
};

// Errors libical recorded while parsing or checking restrictions.
int errorCount(icalcomponent *component, QStringList *texts)
{
    int count = 0;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        *texts << QString::fromUtf8(icalproperty_get_xlicerror(p));
        ++count;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        count += errorCount(c, texts);
    return count;
}

// A DTSTART or RECURRENCE-ID in UTC seconds, its TZID resolved in the file.
time_t utcOf(icalcomponent *calendar, icalproperty *property, icaltimetype time)
{
    icaltimezone *zone = icaltimezone_get_utc_timezone();
    if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
        zone = icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzid));
    REQUIRE(zone != nullptr);
    return icaltime_as_timet_with_zone(time, zone);
}

void collect(icalcomponent *, struct icaltime_span *span, void *data)
{
    static_cast<std::set<time_t> *>(data)->insert(span->start);
}

// Every occurrence libical finds in [from, to): the rules expanded, minus
// EXDATEs, with moved occurrences (RECURRENCE-ID) replaced by their new start.
std::set<time_t> expand(const QByteArray &data, const QDateTime &from, const QDateTime &to)
{
    Parsed parsed(data);
    REQUIRE(parsed.calendar != nullptr);
    std::set<time_t> starts, overridden, moved;
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    const icaltimetype start = icaltime_from_timet_with_zone(from.toSecsSinceEpoch(), 0, utc);
    const icaltimetype end = icaltime_from_timet_with_zone(to.toSecsSinceEpoch(), 0, utc);
    for (icalcomponent *event
         = icalcomponent_get_first_component(parsed.calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(parsed.calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY);
        if (rid) {
            overridden.insert(utcOf(parsed.calendar, rid, icalproperty_get_recurrenceid(rid)));
            icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
            moved.insert(utcOf(parsed.calendar, dtstart, icalproperty_get_dtstart(dtstart)));
        } else {
            icalcomponent_foreach_recurrence(event, start, end, collect, &starts);
        }
    }
    for (time_t t : overridden)
        starts.erase(t);
    starts.insert(moved.begin(), moved.end());
    return starts;
}

std::set<time_t> programStarts(Workspace &workspace, qint64 seriesId)
{
    std::set<time_t> starts;
    for (const auto &entry : workspace.series().meetings(seriesId)) {
        if (entry.meeting.status != MeetingStatus::Cancelled)
            starts.insert(entry.meeting.startUtc.toSecsSinceEpoch());
    }
    return starts;
}

QDateTime local(const QDate &date, const QTime &time)
{
    return SeriesPlanner::toUtc(date, time);
}
} // namespace

TEST_CASE("libical expands the exported series to the program's own meetings", "[chair][ical]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    SchedulingService service(workspace);

    // Weekly on Mondays at 08:30 through a year: skips annandag påsk, spans
    // both daylight-saving changes; one meeting moved, one cancelled.
    MeetingSeries weekly = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 1, 4), QTime(8, 30));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    weekly.location = QStringLiteral("Dagrummet på avdelning Äppelgården, våning två – "
                                     "ingång från gården; ta hissen upp");
    weekly = service.create(weekly, QDate(2027, 1, 1));
    auto meetings = workspace.series().meetings(weekly.id);
    REQUIRE(meetings.size() == 51);
    service.moveMeeting(meetings.at(10).meeting.id, local(QDate(2027, 3, 30), QTime(10, 0)));
    service.cancelMeeting(meetings.at(40).meeting.id);
    weekly = *workspace.series().byId(weekly.id);

    // Morning and afternoon, every weekday for three weeks around Easter.
    MeetingSeries daily = SchedulingService::fromTemplate(
        fixture.teammote, fixture.unitId, QDate(2027, 3, 15), QTime(8, 0));
    daily.title = QStringLiteral("Daglig avstämning");
    daily.rrule = QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
    daily.times = {QTime(8, 0), QTime(14, 30)};
    daily.minutes = 5;
    daily.untilDate = QDate(2027, 4, 2);
    daily = service.create(daily, QDate(2027, 1, 1));
    CHECK(
        workspace.series().meetings(daily.id).size() == 2 * (15 - 2)); // långfredag, annandag påsk

    const QDateTime from = local(QDate(2027, 1, 1), QTime(0, 0));
    const QDateTime to = local(QDate(2028, 1, 2), QTime(0, 0));
    for (const MeetingSeries &series : {weekly, daily}) {
        INFO("series " << series.title.toStdString());
        for (auto method : {ICalendarWriter::Method::Publish, ICalendarWriter::Method::Request}) {
            const QByteArray data = CalendarExport(workspace).series(series.id, method).bytes;
            const std::set<time_t> expanded = expand(data, from, to);
            const std::set<time_t> own = programStarts(workspace, series.id);
            CHECK(expanded.size() == own.size());
            CHECK(expanded == own);
        }
    }

    // Local time 08:30 is 07:30Z in winter and 06:30Z in summer.
    const QByteArray data
        = CalendarExport(workspace).series(weekly.id, ICalendarWriter::Method::Publish).bytes;
    const auto expanded = expand(data, from, to);
    CHECK(expanded.count(QDateTime(QDate(2027, 1, 11), QTime(7, 30), Qt::UTC).toSecsSinceEpoch())
        == 1);
    CHECK(expanded.count(QDateTime(QDate(2027, 7, 12), QTime(6, 30), Qt::UTC).toSecsSinceEpoch())
        == 1);
    CHECK(
        expanded.count(local(QDate(2027, 3, 29), QTime(8, 30)).toSecsSinceEpoch()) == 0); // holiday
    CHECK(expanded.count(local(QDate(2027, 3, 15), QTime(8, 30)).toSecsSinceEpoch()) == 0); // moved
    CHECK(expanded.count(local(QDate(2027, 3, 30), QTime(10, 0)).toSecsSinceEpoch()) == 1);
    CHECK(expanded.count(meetings.at(40).meeting.startUtc.toSecsSinceEpoch()) == 0); // cancelled
}

TEST_CASE("both kinds of export pass libical's restriction check", "[chair][ical]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    const auto series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    SchedulingService(workspace).moveMeeting(
        workspace.series().meetings(series.id).at(1).meeting.id,
        local(QDate(2027, 1, 20), QTime(9, 0)));

    for (auto method : {ICalendarWriter::Method::Publish, ICalendarWriter::Method::Request}) {
        const bool request = method == ICalendarWriter::Method::Request;
        INFO((request ? "request" : "publish"));
        const QByteArray first = CalendarExport(workspace).series(series.id, method).bytes;
        Parsed parsed(first);
        REQUIRE(parsed.calendar != nullptr);
        CHECK(icalrestriction_check(parsed.calendar) == 1);
        QStringList errors;
        CHECK(errorCount(parsed.calendar, &errors) == 0);
        INFO(errors.join(QLatin1Char('\n')).toStdString());
        CHECK(errors.isEmpty());
        CHECK(icalcomponent_get_method(parsed.calendar)
            == (request ? ICAL_METHOD_REQUEST : ICAL_METHOD_PUBLISH));
        icalcomponent *event
            = icalcomponent_get_first_component(parsed.calendar, ICAL_VEVENT_COMPONENT);
        REQUIRE(event != nullptr);
        CHECK(icalcomponent_count_properties(event, ICAL_ATTENDEE_PROPERTY) == (request ? 2 : 0));
        CHECK(icalcomponent_count_properties(event, ICAL_ORGANIZER_PROPERTY) == 1);
        CHECK(QString::fromUtf8(icalcomponent_get_uid(event))
            == series.uuid + QStringLiteral("@teamforum"));

        // Lines: CRLF, at most 75 octets, no UTF-8 sequence split by folding.
        for (const QByteArray &line : first.split('\n')) {
            if (line.isEmpty())
                continue;
            CHECK(line.endsWith('\r'));
            CHECK(line.size() - 1 <= 75);
        }
        QByteArray unfolded = first;
        unfolded.replace("\r\n ", "");
        CHECK(QString::fromUtf8(unfolded).toUtf8() == unfolded);
        CHECK(QString::fromUtf8(unfolded).contains(
            QStringLiteral("SUMMARY:Teammöte – Solgården avd 2")));
    }
}

TEST_CASE("folding never splits a UTF-8 character", "[ical]")
{
    const QString line = QStringLiteral("LOCATION:") + QString(80, QChar(0x00E5)); // å × 80
    const QByteArray folded = ICalendarWriter::fold(line);
    const QList<QByteArray> lines = folded.split('\n');
    CHECK(lines.size() == 4); // three lines and the empty rest after the last LF
    for (const QByteArray &l : lines) {
        CHECK(l.size() <= 76);
        if (!l.isEmpty())
            CHECK(QString::fromUtf8(l.chopped(1)).toUtf8() == l.chopped(1));
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(QString::fromUtf8(unfolded.chopped(2)) == line);
    CHECK(ICalendarWriter::escapeText(QStringLiteral("a;b,c\\d\ne"))
        == QStringLiteral("a\\;b\\,c\\\\d\\ne"));
}
