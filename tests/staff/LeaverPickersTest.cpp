// The views offer a person who leaves up to their end date and not from
// it: as participant of a meeting (by the meeting's day) and as the one
// responsible for calling a SIP (by today).
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/ActionList.h"
#include "services/staff/Leavers.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SeriesRepository.h"
#include "support/TestBackends.h"
#include "ui/care/SipNeedDialog.h"
#include "ui/chair/ParticipantsPanel.h"

#include <QComboBox>

using namespace tf;

namespace {
bool offers(QComboBox *combo, qint64 personId)
{
    return combo && combo->findData(personId) >= 0;
}
} // namespace

TEST_CASE(
    "a leaver is offered as participant before their end date and not from it", "[leavers][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const auto series = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
    const auto meetings = workspace.series().meetings(series.id);
    const qint64 before = meetings.at(1).meeting.id; // 19 January
    const qint64 after = meetings.at(2).meeting.id; // 2 February
    Leavers(workspace).endEmployment(fixture.nurseId, QDate(2027, 2, 1));

    ParticipantsPanel panel(workspace);
    panel.setToday(QDate(2027, 1, 1));
    panel.setMeeting(before);
    auto *person = panel.findChild<QComboBox *>(QStringLiteral("participantPersonComboBox"));
    REQUIRE(person);
    CHECK(offers(person, fixture.nurseId));
    CHECK(offers(person, fixture.chairId));
    panel.setMeeting(after);
    CHECK_FALSE(offers(person, fixture.nurseId));
    CHECK(offers(person, fixture.chairId));
}

TEST_CASE("a leaver is offered as SIP responsible until their end date", "[leavers][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const Client client = *workspace.clients().byId(fixture.clientIds.at(0));
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    Leavers leavers(workspace);

    leavers.endEmployment(fixture.nurseId, today.addDays(1));
    {
        SipNeedDialog dialog(workspace, client, {});
        CHECK(offers(dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox")),
            fixture.nurseId));
    }
    leavers.endEmployment(fixture.nurseId, today);
    SipNeedDialog dialog(workspace, client, {});
    auto *responsible = dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox"));
    REQUIRE(responsible);
    CHECK_FALSE(offers(responsible, fixture.nurseId));
    CHECK(offers(responsible, fixture.chairId));
}
