// An ersättare stands in for someone with förhinder: never someone already
// called to the meeting, whether chosen by the chair or in meeting mode.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/StorageError.h"
#include "services/chair/MeetingParticipants.h"
#include "services/minutes/MeetingAttendance.h"
#include "storage/PersonRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"
#include "ui/chair/ParticipantsPanel.h"

#include <QComboBox>

using namespace tf;
using tf::test::ChairFixture;

TEST_CASE("someone called to the meeting is refused as a substitute", "[chair][substitute]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            ChairFixture fixture(workspace);
            const auto series
                = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
            const qint64 meetingId = workspace.series().meetings(series.id).first().meeting.id;
            Participant nurse = test::storedParticipant(workspace, meetingId, fixture.nurseId);
            nurse.attendance = Attendance::Absent;

            auto refusal = [&](const std::function<void()> &save) {
                try {
                    save();
                } catch (const StorageError &error) {
                    CHECK(error.kind() == StorageError::Kind::Refused);
                    return error.userMessage();
                }
                return QString();
            };
            // The night staff is called to the meeting themselves.
            nurse.substituteId = fixture.nightId;
            CHECK(refusal([&] {
                MeetingParticipants(workspace).save(nurse);
            }).contains(QStringLiteral("Nils Nattpersonal är redan kallad")));
            CHECK(refusal([&] {
                MeetingAttendance(workspace).change(nurse);
            }).contains(QStringLiteral("redan kallad")));
            nurse.substituteId = fixture.nurseId;
            CHECK(refusal([&] {
                MeetingParticipants(workspace).save(nurse);
            }).contains(QStringLiteral("sin egen ersättare")));
            CHECK(test::storedParticipant(workspace, meetingId, fixture.nurseId).substituteId == 0);

            // Someone on the staff who is not called can stand in.
            Person extra;
            extra.name = QStringLiteral("Stina Ständigvikarie");
            extra.role = QStringLiteral("Sjuksköterska");
            nurse.substituteId = workspace.people().create(extra, fixture.chairId);
            CHECK(refusal([&] { MeetingParticipants(workspace).save(nurse); }).isEmpty());
            CHECK(test::storedParticipant(workspace, meetingId, fixture.nurseId).substituteId
                == nurse.substituteId);
        }
    }
}

TEST_CASE("the chair's substitute list offers only those not called", "[chair][substitute][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ChairFixture fixture(workspace);
    Person extra;
    extra.name = QStringLiteral("Stina Ständigvikarie");
    workspace.people().create(extra, fixture.chairId);
    const auto series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    const qint64 meetingId = workspace.series().meetings(series.id).first().meeting.id;

    ParticipantsPanel panel(workspace);
    panel.setToday(QDate(2027, 1, 1));
    panel.setMeeting(meetingId);
    const QList<QComboBox *> combos
        = panel.findChildren<QComboBox *>(QStringLiteral("substituteComboBox"));
    REQUIRE_FALSE(combos.isEmpty());
    QComboBox *combo = combos.first();
    CHECK(combo->findData(fixture.nightId) == -1);
    CHECK(combo->findData(fixture.nurseId) == -1);
    CHECK(combo->findData(fixture.chairId) == -1);
    CHECK(combo->findText(QStringLiteral("Stina Ständigvikarie"), Qt::MatchStartsWith) >= 0);
}
