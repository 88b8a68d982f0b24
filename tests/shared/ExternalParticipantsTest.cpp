// The health centre's staff at a samordningsmöte (seed 001): external
// participants with organisation and role, kept in the unit's register,
// invited to a whole series, named in the kallelse, the calendar invitation,
// the attendance and the minutes; and each occurrence's leader, proposed in
// turn from the municipality and the health centre, changeable, locked with
// the minutes. Both engines.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/StorageError.h"
#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/Workspace.h"
#include "services/chair/ExternalParticipants.h"
#include "services/chair/MeetingGuests.h"
#include "services/chair/MeetingLeaders.h"
#include "services/minutes/MeetingMinutes.h"
#include "services/scheduling/CalendarExport.h"
#include "services/scheduling/Kallelse.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "storage/SeriesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <algorithm>

using namespace tf;

namespace {
QList<qint64> occurrencesOf(Workspace &workspace, qint64 seriesId)
{
    QList<Meeting> meetings;
    for (const SeriesMeeting &entry : workspace.series().meetings(seriesId))
        meetings << entry.meeting;
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.startUtc < b.startUtc; });
    QList<qint64> ids;
    for (const Meeting &meeting : std::as_const(meetings))
        ids << meeting.id;
    return ids;
}

ExternalPerson healthCentre(const QString &name, const QString &role, const QString &email)
{
    ExternalPerson person;
    person.name = name;
    person.organisation = QStringLiteral("Vårdcentralen Norra");
    person.role = role;
    person.email = email;
    return person;
}

QList<NamedGuest> externalsOf(Workspace &workspace, qint64 meetingId)
{
    QList<NamedGuest> list;
    for (const NamedGuest &guest :
        MeetingGuests(workspace).of(meetingId, AccessPurpose::BeforeMeeting))
        if (guest.guest.isExternal())
            list << guest;
    return list;
}

const QString kKarinLabel = QStringLiteral("Karin Berg (distriktssköterska, Vårdcentralen Norra)");
const QString kLarsLabel = QStringLiteral("Lars Lind (läkare, Vårdcentralen Norra)");
} // namespace

TEST_CASE("the health centre's staff take part in a samordningsmöte series without a login",
    "[shared][samordning][external]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        workspace.setActorId(fixture.chairId);
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const QList<qint64> meetings = occurrencesOf(workspace, series.id);
        REQUIRE(meetings.size() >= 5);

        ExternalParticipants externals(workspace);
        // Bad input is refused in Swedish and nothing is stored.
        ExternalPerson nameless = healthCentre({}, QStringLiteral("läkare"), {});
        CHECK_THROWS_WITH(externals.addAndInvite(meetings.at(1), nameless, true),
            Catch::Contains("Ange deltagarens namn"));
        ExternalPerson badMail = healthCentre(
            QStringLiteral("Lars Lind"), QStringLiteral("läkare"), QStringLiteral("lars@"));
        CHECK_THROWS_WITH(
            externals.addAndInvite(meetings.at(1), badMail, true), Catch::Contains("e-postadress"));
        ExternalPerson noOrganisation = badMail;
        noOrganisation.email.clear();
        noOrganisation.organisation.clear();
        CHECK_THROWS_WITH(externals.addAndInvite(meetings.at(1), noOrganisation, true),
            Catch::Contains("organisation"));
        CHECK(externals.registerOf(fixture.unitId).isEmpty());

        // From the second meeting on, the whole series.
        const ExternalPerson karin = externals.addAndInvite(meetings.at(1),
            healthCentre(QStringLiteral("Karin Berg"), QStringLiteral("distriktssköterska"),
                QStringLiteral("karin.berg@vc-norra.example")),
            true);
        CHECK(externalsOf(workspace, meetings.at(0)).isEmpty());
        for (int i = 1; i < meetings.size(); ++i) {
            const QList<NamedGuest> invited = externalsOf(workspace, meetings.at(i));
            REQUIRE(invited.size() == 1);
            CHECK(invited.at(0).label == kKarinLabel);
        }
        // The doctor to one meeting only; the register keeps both, and the
        // same person typed again is the one in the register.
        const ExternalPerson lars = externals.addAndInvite(meetings.at(3),
            healthCentre(QStringLiteral("Lars Lind"), QStringLiteral("läkare"), {}), false);
        CHECK(externalsOf(workspace, meetings.at(3)).size() == 2);
        CHECK(externalsOf(workspace, meetings.at(4)).size() == 1);
        CHECK(externals.registerOf(fixture.unitId).size() == 2);
        ExternalPerson again = healthCentre(QStringLiteral("lars lind"), {}, {});
        again.unitId = fixture.unitId;
        CHECK(externals.add(again).id == lars.id);
        CHECK(externals.ofSeries(series.id).size() == 1);

        // Occurrences generated later get the series' external participants.
        const QDate further = QDate(2027, 1, 1).addYears(2);
        SchedulingService(workspace).extendWindow(fixture.unitId, QDate(2027, 1, 1), further);
        const QList<qint64> extended = occurrencesOf(workspace, series.id);
        REQUIRE(extended.size() > meetings.size());
        CHECK(externalsOf(workspace, extended.last()).size() == 1);

        // The kallelse names them with organisation and role.
        const Kallelse kallelse = Kallelse::load(workspace, meetings.at(3));
        REQUIRE(kallelse.externals.size() == 2);
        CHECK(kallelse.externals.at(0).name == kKarinLabel);
        CHECK(kallelse.externals.at(1).name == kLarsLabel);
        CHECK(kallelse.html().contains(QStringLiteral("Från andra organisationer")));
        CHECK(kallelse.guests.isEmpty());

        // The calendar invitation invites the one with an e-mail address and
        // says who could not be reached.
        const CalendarFile file
            = CalendarExport(workspace).series(series.id, ICalendarWriter::Method::Request);
        const QString ics = QString::fromUtf8(file.bytes).remove(QStringLiteral("\r\n "));
        CHECK(ics.contains(QStringLiteral("mailto:karin.berg@vc-norra.example")));
        CHECK(ics.contains(QStringLiteral("Vårdcentralen Norra")));
        CHECK(file.withoutEmail.contains(QStringLiteral("Lars Lind")));

        // Attendance: marked like the others, kept per occurrence.
        QList<NamedGuest> invited = externalsOf(workspace, meetings.at(3));
        const MeetingGuest stale = invited.at(0).guest;
        MeetingGuests(workspace).setAttendance(invited.at(0).guest, Attendance::Present);
        MeetingGuests(workspace).setAttendance(invited.at(1).guest, Attendance::Absent);
        invited = externalsOf(workspace, meetings.at(3));
        CHECK(invited.at(0).guest.attendance == Attendance::Present);
        CHECK(invited.at(1).guest.attendance == Attendance::Absent);
        CHECK(
            externalsOf(workspace, meetings.at(4)).at(0).guest.attendance == Attendance::Expected);
        // A change to a row read earlier is a conflict, not a lost update.
        CHECK_THROWS_AS(
            MeetingGuests(workspace).setAttendance(stale, Attendance::Absent), StorageError);

        // The minutes and their PDF name them with organisation, present or not.
        const MinutesDocument doc
            = loadMinutesDocument(workspace, meetings.at(3), AccessPurpose::CommandLine);
        const QString html = MinutesPdf::html(doc, true);
        CHECK(html.contains(kKarinLabel.toHtmlEscaped()));
        CHECK(html.contains(kLarsLabel.toHtmlEscaped()));

        // Off the series from the fifth meeting: earlier ones keep her.
        externals.remove(meetings.at(4), karin.id, true);
        CHECK(externalsOf(workspace, meetings.at(4)).isEmpty());
        CHECK(externalsOf(workspace, extended.last()).isEmpty());
        CHECK(externalsOf(workspace, meetings.at(3)).size() == 2);
        CHECK(externals.ofSeries(series.id).isEmpty());
    }
}

TEST_CASE("each occurrence has its leader, proposed in turn and changeable by the chair",
    "[shared][samordning][leader]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        workspace.setActorId(fixture.chairId);
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const QList<qint64> m = occurrencesOf(workspace, series.id);
        REQUIRE(m.size() >= 5);
        MeetingLeaders leaders(workspace);

        // No external participant: the municipal chair every time.
        for (int i = 0; i < 3; ++i) {
            const MeetingLeaders::Leader leader = leaders.of(m.at(i));
            CHECK(leader.leader == MeetingLeader {fixture.chairId, 0});
            CHECK(leader.proposed);
        }

        ExternalParticipants externals(workspace);
        const ExternalPerson karin = externals.addAndInvite(m.at(0),
            healthCentre(QStringLiteral("Karin Berg"), QStringLiteral("distriktssköterska"), {}),
            true);
        const ExternalPerson lars = externals.addAndInvite(
            m.at(0), healthCentre(QStringLiteral("Lars Lind"), QStringLiteral("läkare"), {}), true);

        // Proposed in turn: municipality, health centre, municipality, ...
        CHECK(leaders.of(m.at(0)).leader == MeetingLeader {fixture.chairId, 0});
        CHECK(leaders.of(m.at(1)).leader == MeetingLeader {0, karin.id});
        CHECK(leaders.of(m.at(1)).name == kKarinLabel);
        CHECK(leaders.of(m.at(2)).leader == MeetingLeader {fixture.chairId, 0});
        CHECK(leaders.of(m.at(3)).leader == MeetingLeader {0, karin.id});

        // The chair lets the doctor lead the second meeting: kept, and the
        // health centre's next turn proposes him.
        leaders.choose(m.at(1), MeetingLeader {0, lars.id});
        CHECK(workspace.meetings().byId(m.at(1))->leaderExternalId == lars.id);
        CHECK_FALSE(leaders.of(m.at(1)).proposed);
        CHECK(leaders.of(m.at(1)).leader == MeetingLeader {0, lars.id});
        CHECK(leaders.of(m.at(2)).leader == MeetingLeader {fixture.chairId, 0});
        CHECK(leaders.of(m.at(3)).leader == MeetingLeader {0, lars.id});
        // The health centre leads the third too: the fourth is the municipality's.
        leaders.choose(m.at(2), MeetingLeader {0, karin.id});
        CHECK(leaders.of(m.at(3)).leader == MeetingLeader {fixture.chairId, 0});
        CHECK(leaders.of(m.at(4)).leader == MeetingLeader {0, karin.id});
        // A nurse of the team may lead; someone not at the meeting may not.
        leaders.choose(m.at(3), MeetingLeader {fixture.nurseId, 0});
        CHECK(leaders.of(m.at(3)).leader == MeetingLeader {fixture.nurseId, 0});
        CHECK_THROWS_AS(leaders.choose(m.at(3), MeetingLeader {0, 999999}), StorageError);
        // The leader cannot be taken off the meeting before another is chosen.
        CHECK_THROWS_WITH(
            externals.remove(m.at(2), karin.id, false), Catch::Contains("mötesledare"));

        // Shown in the kallelse and the minutes.
        CHECK(Kallelse::load(workspace, m.at(1)).leader == kLarsLabel);
        const MinutesDocument doc
            = loadMinutesDocument(workspace, m.at(1), AccessPurpose::CommandLine);
        CHECK(doc.leaderName == kLarsLabel);
        CHECK(MinutesPdf::html(doc, false).contains(QStringLiteral("Mötesledare")));

        // Approved minutes keep their leader and their external participants.
        workspace.minutes().finish(m.at(1), fixture.chairId);
        workspace.minutes().setJusterare(m.at(1), {fixture.nurseId}, fixture.chairId);
        workspace.minutes().approve(m.at(1), fixture.nurseId, fixture.chairId);
        REQUIRE(workspace.minutes().isLocked(m.at(1)));
        CHECK_THROWS_AS(leaders.choose(m.at(1), MeetingLeader {fixture.chairId, 0}), StorageError);
        CHECK(leaders.of(m.at(1)).leader == MeetingLeader {0, lars.id});
        CHECK_THROWS_AS(externals.remove(m.at(1), karin.id, false), StorageError);
        CHECK(externalsOf(workspace, m.at(1)).size() == 2);
        // The database itself refuses it, whatever the program.
        Query direct(workspace.database(),
            QStringLiteral("UPDATE meeting SET leader_external_id = NULL WHERE id = ?"));
        direct.bind(m.at(1));
        CHECK_THROWS_AS(direct.exec(), StorageError);
        Query attendance(workspace.database(),
            QStringLiteral(
                "UPDATE meeting_external SET attendance = 'absent' WHERE meeting_id = ?"));
        attendance.bind(m.at(1));
        CHECK_THROWS_AS(attendance.exec(), StorageError);
    }
}

TEST_CASE("approved minutes keep the leader proposed when they were approved",
    "[shared][samordning][leader]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        workspace.setActorId(fixture.chairId);
        // Meetings already held, so their minutes can be approved.
        const MeetingSeries series
            = fixture.scheduleTeammote(workspace, QDate(2026, 1, 6), QDate(2026, 1, 1));
        const QList<qint64> m = occurrencesOf(workspace, series.id);
        REQUIRE(m.size() >= 3);
        const ExternalPerson karin = ExternalParticipants(workspace).addAndInvite(m.at(0),
            healthCentre(QStringLiteral("Karin Berg"), QStringLiteral("distriktssköterska"), {}),
            true);
        MeetingLeaders leaders(workspace);
        REQUIRE(leaders.of(m.at(1)).leader == MeetingLeader {0, karin.id});

        MeetingMinutes minutes(workspace);
        minutes.finish(m.at(1));
        test::MinutesFixture chair;
        chair.chairId = fixture.chairId;
        test::approveAsChair(workspace, chair, m.at(1));
        REQUIRE(workspace.minutes().isLocked(m.at(1)));
        CHECK(workspace.meetings().byId(m.at(1))->leaderExternalId == karin.id);

        // Karin leads the first meeting after all: the approved second one
        // is still hers, not proposed anew from the first.
        leaders.choose(m.at(0), MeetingLeader {0, karin.id});
        CHECK(leaders.of(m.at(1)).leader == MeetingLeader {0, karin.id});
        CHECK_FALSE(leaders.of(m.at(1)).proposed);
        CHECK(leaders.of(m.at(2)).leader == MeetingLeader {fixture.chairId, 0});
    }
}
