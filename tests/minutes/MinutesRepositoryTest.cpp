#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

namespace {
MinuteEntry note(qint64 itemId, const QString &text, const QString &section = {})
{
    MinuteEntry entry;
    entry.agendaItemId = itemId;
    entry.section = section;
    entry.text = text;
    return entry;
}
} // namespace

TEST_CASE("minute entries are kept per item and section and guard lost updates", "[minutes]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        auto &minutes = workspace.minutes();

        MinuteEntry first = minutes.saveEntry(
            note(f.itemIds.at(0), QStringLiteral("Alla hälsades välkomna.")), f.helperId);
        CHECK(first.id > 0);
        CHECK(first.version == 1);
        minutes.saveEntry(note(f.itemIds.at(1), QStringLiteral("Vill gå ut på förmiddagen."),
                              QStringLiteral("wishes")),
            f.helperId);
        minutes.saveEntry(note(f.itemIds.at(1), QStringLiteral("Fallrisk bedömd, höftskydd."),
                              QStringLiteral("nurse")),
            f.nurseId);

        first.text = QStringLiteral("Alla hälsades välkomna. Örjan är sjuk.");
        const MinuteEntry second = minutes.saveEntry(first, f.helperId);
        CHECK(second.version == 2);
        CHECK_THROWS_AS(minutes.saveEntry(first, f.helperId), StorageError); // stale version

        const auto entries = minutes.entries(f.meetingId);
        REQUIRE(entries.size() == 3);
        CHECK(entries.at(0).text == QStringLiteral("Alla hälsades välkomna. Örjan är sjuk."));
        CHECK(entries.at(1).section == QStringLiteral("nurse"));
        CHECK(entries.at(2).section == QStringLiteral("wishes"));

        // A second entry for the same item and section is refused by the schema.
        CHECK_THROWS_AS(
            minutes.saveEntry(note(f.itemIds.at(0), QStringLiteral("dubblett")), f.helperId),
            StorageError);
    }
}

TEST_CASE("finished minutes are approved, locked, and corrected only by dated addenda", "[minutes]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        auto &minutes = workspace.minutes();
        MinuteEntry entry = minutes.saveEntry(
            note(f.itemIds.at(2), QStringLiteral("Inga övriga frågor.")), f.helperId);

        CHECK_THROWS_AS(minutes.approve(f.meetingId, f.chairId, f.chairId), StorageError);
        MinutesAddendum early;
        early.meetingId = f.meetingId;
        early.text = QStringLiteral("För tidigt");
        CHECK_THROWS_AS(minutes.addAddendum(early, f.chairId), StorageError);

        minutes.finish(f.meetingId, f.helperId);
        CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::Finished);
        CHECK(minutes.closing(f.meetingId).isFinished());
        CHECK_FALSE(minutes.isLocked(f.meetingId));
        // Until approval the secretary may still correct the text.
        entry.text = QStringLiteral("Inga övriga frågor togs upp.");
        entry = minutes.saveEntry(entry, f.helperId);

        minutes.setJusterare(f.meetingId, {f.nurseId}, f.chairId);
        minutes.approve(f.meetingId, f.nurseId, f.chairId);
        const MinutesClosing closing = minutes.closing(f.meetingId);
        CHECK(closing.isApproved());
        CHECK(closing.approvedById == f.nurseId);
        CHECK(closing.locked);
        CHECK(workspace.meetings().byId(f.meetingId)->status == MeetingStatus::Approved);

        entry.text = QStringLiteral("Tyst ändring");
        try {
            minutes.saveEntry(entry, f.helperId);
            FAIL("a locked entry was changed");
        } catch (const StorageError &error) {
            CHECK(error.userMessage().contains(QStringLiteral("låst")));
        }
        CHECK(minutes.entries(f.meetingId).first().text
            == QStringLiteral("Inga övriga frågor togs upp."));
        CHECK_THROWS_AS(minutes.approve(f.meetingId, f.chairId, f.chairId), StorageError);
        CHECK_THROWS_AS(minutes.finish(f.meetingId, f.chairId), StorageError);

        MinutesAddendum addendum;
        addendum.meetingId = f.meetingId;
        addendum.agendaItemId = f.itemIds.at(2);
        addendum.text = QStringLiteral("Rättelse: frågan om nyckelskåp togs upp.");
        const qint64 id = minutes.addAddendum(addendum, f.chairId);
        const auto addenda = minutes.addenda(f.meetingId);
        REQUIRE(addenda.size() == 1);
        CHECK(addenda.first().id == id);
        CHECK(addenda.first().authorId == f.chairId);
        CHECK(addenda.first().createdUtc.isValid());
        CHECK(addenda.first().createdUtc.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
        MinutesAddendum empty = addendum;
        empty.text = QStringLiteral("   ");
        CHECK_THROWS_AS(minutes.addAddendum(empty, f.chairId), StorageError);
    }
}

TEST_CASE(
    "the clients agreed for the next meeting reach the next meeting's agenda builder", "[minutes]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
        const auto f = test::makeMinutesFixture(workspace, start);
        auto &minutes = workspace.minutes();
        CHECK(minutes.clientsForNextMeeting(f.unitId, f.templateId, start.addDays(14)).isEmpty());
        minutes.setNextMeetingClients(f.meetingId, {f.clientId}, f.chairId);
        CHECK(minutes.nextMeetingClients(f.meetingId) == QList<qint64> {f.clientId});
        CHECK(minutes.clientsForNextMeeting(f.unitId, f.templateId, start.addDays(14))
            == QList<qint64> {f.clientId});
        // Not for a meeting before, nor for another forum.
        CHECK(minutes.clientsForNextMeeting(f.unitId, f.templateId, start).isEmpty());
        CHECK(
            minutes.clientsForNextMeeting(f.unitId, f.templateId + 1, start.addDays(14)).isEmpty());
        minutes.setNextMeetingClients(f.meetingId, {}, f.chairId);
        CHECK(minutes.nextMeetingClients(f.meetingId).isEmpty());
    }
}
