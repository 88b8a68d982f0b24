// Invitations reach people by e-mail: attendees are named by mailto: (read
// back with a third-party reader, python-icalendar), someone without an
// address is left out and named to the sender, and an adjunct is invited to
// their own meeting only, as an optional participant.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/SeriesPlanner.h"
#include "domain/StorageError.h"
#include "services/scheduling/CalendarExport.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;
using tf::test::ChairFixture;

namespace {
// Each VEVENT as "<RECURRENCE-ID or series>|<ROLE> <CN> <address>" lines.
QString attendeesByEvent(const QByteArray &data)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kallelse.ics"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "import sys, icalendar\n"
                "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                "assert str(cal['METHOD']) == 'REQUEST'\n"
                "for event in cal.walk('VEVENT'):\n"
                "    rid = event.get('RECURRENCE-ID')\n"
                "    key = rid.dt.strftime('%Y-%m-%d') if rid else 'series'\n"
                "    attendees = event.get('ATTENDEE') or []\n"
                "    attendees = attendees if isinstance(attendees, list) else [attendees]\n"
                "    for a in attendees:\n"
                "        print(key + '|' + a.params.get('ROLE') + ' ' + a.params.get('CN') + ' ' "
                "+ str(a))\n"),
            path});
    REQUIRE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    INFO(output.toStdString() << python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return output;
}
} // namespace

TEST_CASE("an invitation reaches people by e-mail and names who has no address", "[import][ical]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            ChairFixture fixture(workspace);
            Person night = *workspace.people().byId(fixture.nightId);
            night.email.clear();
            workspace.people().save(night, fixture.chairId);
            const auto series
                = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));

            const CalendarFile file
                = CalendarExport(workspace).series(series.id, ICalendarWriter::Method::Request);
            const QString output = attendeesByEvent(file.bytes);
            CHECK(output.contains(QStringLiteral(
                "series|REQ-PARTICIPANT Sara Sjuksköterska mailto:sara.sjukskoterska@kommun.se")));
            CHECK_FALSE(output.contains(QStringLiteral("Nils Nattpersonal")));
            CHECK_FALSE(file.bytes.contains("urn:uuid:"));
            CHECK(file.withoutEmail == QStringList {QStringLiteral("Nils Nattpersonal")});

            // A published calendar invites nobody, so misses nobody.
            CHECK(CalendarExport(workspace)
                      .series(series.id, ICalendarWriter::Method::Publish)
                      .withoutEmail.isEmpty());
        }
    }
}

TEST_CASE("an invitation needs the organizer's e-mail address", "[import][ical]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    Person chair = *workspace.people().byId(fixture.chairId);
    chair.email.clear();
    workspace.people().save(chair, fixture.chairId);
    const auto series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    try {
        CalendarExport(workspace).series(series.id, ICalendarWriter::Method::Request);
        FAIL("an invitation without the organizer's address was written");
    } catch (const StorageError &error) {
        CHECK(error.userMessage().contains(QStringLiteral("Eva Enhetschef har ingen")));
    }
    CHECK_FALSE(CalendarExport(workspace)
                    .series(series.id, ICalendarWriter::Method::Publish)
                    .bytes.isEmpty());
}

TEST_CASE("an adjunct is invited to their own meeting only, as optional", "[import][ical]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            ChairFixture fixture(workspace);
            const auto series
                = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
            const QList<SeriesMeeting> meetings = workspace.series().meetings(series.id);
            REQUIRE(meetings.size() > 3);
            const Meeting third = meetings.at(2).meeting;
            Participant dietist;
            dietist.meetingId = third.id;
            dietist.personId = fixture.dietistId;
            dietist.role = QStringLiteral("Dietist");
            dietist.adjunct = true;
            dietist.invitedOn = QDate(2027, 1, 1);
            workspace.meetings().setParticipant(dietist, fixture.chairId);

            const QString output
                = attendeesByEvent(CalendarExport(workspace)
                                       .series(series.id, ICalendarWriter::Method::Request)
                                       .bytes);
            const QString day = third.startUtc.toTimeZone(SeriesPlanner::stockholm())
                                    .date()
                                    .toString(Qt::ISODate);
            INFO(output.toStdString());
            CHECK(output.count(QStringLiteral("Dina Dietist")) == 1);
            CHECK(output.contains(day
                + QStringLiteral("|OPT-PARTICIPANT Dina Dietist mailto:dina.dietist@region.se")));
            // The occurrence still invites the whole team.
            CHECK(output.contains(day + QStringLiteral("|REQ-PARTICIPANT Sara Sjuksköterska")));
            CHECK(output.contains(QStringLiteral("series|REQ-PARTICIPANT Sara Sjuksköterska")));
        }
    }
}
