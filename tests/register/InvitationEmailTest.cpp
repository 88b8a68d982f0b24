// Staff e-mail addresses reach the invitations: an attendee with an address
// is named by mailto:, read back with a third-party reader (python-icalendar).
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/scheduling/CalendarExport.h"
#include "storage/PersonRepository.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tf;
using tf::test::ChairFixture;

TEST_CASE("an invitation names attendees with an e-mail address by mailto", "[import][ical]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            ChairFixture fixture(workspace);
            Person nurse = *workspace.people().byId(fixture.nurseId);
            nurse.email = QStringLiteral("sara.sjukskoterska@kommun.se");
            workspace.people().save(nurse, fixture.chairId);
            const auto series
                = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
            const QByteArray data
                = CalendarExport(workspace).series(series.id, ICalendarWriter::Method::Request);

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
                        "event = next(c for c in cal.walk('VEVENT'))\n"
                        "attendees = event.get('ATTENDEE')\n"
                        "attendees = attendees if isinstance(attendees, list) else [attendees]\n"
                        "for a in attendees:\n"
                        "    print(a.params.get('CN'), str(a))\n"),
                    path});
            REQUIRE(python.waitForFinished(60000));
            const QString output = QString::fromUtf8(python.readAllStandardOutput());
            INFO(output.toStdString() << python.readAllStandardError().toStdString());
            REQUIRE(python.exitCode() == 0);
            CHECK(output.contains(
                QStringLiteral("Sara Sjuksköterska mailto:sara.sjukskoterska@kommun.se")));
            // Without an address the person is still invited, by uuid.
            CHECK(output.contains(QStringLiteral("urn:uuid:")));
        }
    }
}
