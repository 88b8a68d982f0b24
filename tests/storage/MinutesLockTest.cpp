// Approved minutes are locked in the store itself: plain SQL on either engine
// cannot change the meeting, its agenda, notes, attendance or the decisions
// taken there, and the repositories say so in Swedish. Addenda and the
// follow-up of actions at later meetings remain.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <functional>

using namespace tf;

namespace {
const std::string kLocked = "Protokollet är justerat och låst. Rättelser läggs till som tillägg.";

struct LockedMeeting
{
    test::MinutesFixture f;
    qint64 entryId = 0;
    qint64 actionId = 0;
    qint64 addendumId = 0;
    qint64 outsiderId = 0; // not a participant
    qint64 otherMeetingId = 0; // a later meeting, not locked
    qint64 otherItemId = 0;
};

// A meeting with a note, an action and the clients for next time, finished,
// approved and given one addendum.
LockedMeeting makeLockedMeeting(Workspace &workspace)
{
    LockedMeeting s;
    s.f = test::makeMinutesFixture(workspace, QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC));
    MinuteEntry entry;
    entry.agendaItemId = s.f.itemIds.at(1);
    entry.text = QStringLiteral("Greta har ramlat två gånger.");
    s.entryId = workspace.minutes().saveEntry(entry, s.f.chairId).id;
    Action action;
    action.meetingId = s.f.meetingId;
    action.agendaItemId = s.f.itemIds.at(1);
    action.clientId = s.f.clientId;
    action.what = QStringLiteral("Beställ höftskydd");
    action.responsibleId = s.f.nurseId;
    action.dueDate = QDate(2026, 3, 20);
    action.followUpDays = 14;
    s.actionId = workspace.actions().create(action, s.f.chairId);
    workspace.minutes().setNextMeetingClients(s.f.meetingId, {s.f.clientId}, s.f.chairId);
    workspace.minutes().finish(s.f.meetingId, s.f.chairId);
    workspace.minutes().setJusterare(s.f.meetingId, {s.f.nurseId}, s.f.chairId);
    workspace.minutes().approve(s.f.meetingId, s.f.nurseId, s.f.chairId);
    MinutesAddendum addendum;
    addendum.meetingId = s.f.meetingId;
    addendum.text = QStringLiteral("Åke var närvarande.");
    s.addendumId = workspace.minutes().addAddendum(addendum, s.f.chairId);
    Person outsider;
    outsider.name = QStringLiteral("Olle Utanför");
    s.outsiderId = workspace.people().create(outsider, s.f.chairId);
    s.otherMeetingId = test::addMeeting(workspace, s.f, s.f.startUtc.addDays(7));
    s.otherItemId = workspace.meetings().agendaItems(s.otherMeetingId).first().id;
    return s;
}

void plainSql(Workspace &workspace, const QString &sql, const QVariantList &values)
{
    Query query(workspace.database(), sql);
    for (const QVariant &value : values)
        query.bind(value);
    query.exec();
}

qint64 countOf(Workspace &workspace, const QString &sql, qint64 id)
{
    Query query(workspace.database(), sql);
    query.bind(id).exec();
    return query.next() ? query.id(0) : -1;
}
} // namespace

TEST_CASE("a locked meeting refuses every change made in plain SQL", "[minutes][lock]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LockedMeeting s = makeLockedMeeting(workspace);
        const qint64 m = s.f.meetingId;
        const QString now = nowUtcText();
        REQUIRE(workspace.minutes().isLocked(m));
        CHECK(workspace.meetings().byId(m)->status == MeetingStatus::Approved);

        const QList<std::pair<QString, QVariantList>> refused = {
            {QStringLiteral("UPDATE meeting SET location = 'Annat rum' WHERE id = ?"), {m}},
            {QStringLiteral("UPDATE meeting SET start_utc = '2026-03-10T12:00:00Z' WHERE id = ?"),
                {m}},
            {QStringLiteral("UPDATE meeting SET status = 'cancelled' WHERE id = ?"), {m}},
            {QStringLiteral("DELETE FROM meeting WHERE id = ?"), {m}},
            {QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title, updated_at) "
                            "VALUES (?, 9, 'Ny punkt', ?)"),
                {m, now}},
            {QStringLiteral("UPDATE agenda_item SET title = 'Ändrad' WHERE id = ?"),
                {s.f.itemIds.at(1)}},
            {QStringLiteral("UPDATE agenda_item SET meeting_id = ? WHERE id = ?"),
                {s.otherMeetingId, s.f.itemIds.at(2)}},
            {QStringLiteral("UPDATE agenda_item SET meeting_id = ? WHERE id = ?"),
                {m, s.otherItemId}},
            {QStringLiteral("DELETE FROM agenda_item WHERE id = ?"), {s.f.itemIds.at(2)}},
            {QStringLiteral("INSERT INTO minute_entry (agenda_item_id, section, text, updated_at) "
                            "VALUES (?, 'nurse', 'Efteråt', ?)"),
                {s.f.itemIds.at(1), now}},
            {QStringLiteral("UPDATE minute_entry SET text = 'Ändrad' WHERE id = ?"), {s.entryId}},
            {QStringLiteral("DELETE FROM minute_entry WHERE id = ?"), {s.entryId}},
            {QStringLiteral("INSERT INTO participant (meeting_id, person_id, updated_at) "
                            "VALUES (?, ?, ?)"),
                {m, s.outsiderId, now}},
            {QStringLiteral("UPDATE participant SET attendance = 'absent' WHERE meeting_id = ?"),
                {m}},
            {QStringLiteral("DELETE FROM participant WHERE meeting_id = ?"), {m}},
            {QStringLiteral("INSERT INTO team_action (uuid, meeting_id, what, updated_at) "
                            "VALUES ('efterhand', ?, 'Ny åtgärd', ?)"),
                {m, now}},
            {QStringLiteral("UPDATE team_action SET what = 'Ändrad' WHERE id = ?"), {s.actionId}},
            {QStringLiteral("UPDATE team_action SET responsible_id = ? WHERE id = ?"),
                {s.f.helperId, s.actionId}},
            {QStringLiteral("UPDATE team_action SET due_date = '2026-12-24' WHERE id = ?"),
                {s.actionId}},
            {QStringLiteral("UPDATE team_action SET meeting_id = ? WHERE id = ?"),
                {s.otherMeetingId, s.actionId}},
            {QStringLiteral("UPDATE team_action SET status = 'cancelled' WHERE id = ?"),
                {s.actionId}},
            {QStringLiteral("DELETE FROM team_action WHERE id = ?"), {s.actionId}},
            {QStringLiteral("INSERT INTO next_meeting_client (meeting_id, client_id, position, "
                            "updated_at) VALUES (?, ?, 1, ?)"),
                {m, s.f.clientId, now}},
            {QStringLiteral("DELETE FROM next_meeting_client WHERE meeting_id = ?"), {m}},
            {QStringLiteral("UPDATE minutes_closing SET locked = 0 WHERE meeting_id = ?"), {m}},
            {QStringLiteral("DELETE FROM minutes_closing WHERE meeting_id = ?"), {m}},
            {QStringLiteral("UPDATE minutes_addendum SET text = 'Ändrad' WHERE id = ?"),
                {s.addendumId}},
            {QStringLiteral("DELETE FROM minutes_addendum WHERE id = ?"), {s.addendumId}},
        };
        for (const auto &[sql, values] : refused) {
            INFO(sql.toStdString());
            CHECK_THROWS_WITH(plainSql(workspace, sql, values), kLocked);
        }

        // Nothing changed.
        const auto meeting = workspace.meetings().byId(m);
        CHECK(meeting.has_value());
        if (meeting) {
            CHECK(meeting->location == QStringLiteral("Dagrummet"));
            CHECK(meeting->startUtc == s.f.startUtc);
            CHECK(meeting->status == MeetingStatus::Approved);
        }
        const auto items = workspace.meetings().agendaItems(m);
        CHECK(items.size() == 3);
        CHECK((items.size() > 1 && items.at(1).title == QStringLiteral("Uppföljning av kund")));
        CHECK(workspace.meetings().participants(m).size() == 3);
        const auto entries = workspace.minutes().entries(m);
        CHECK(entries.size() == 1);
        CHECK((!entries.isEmpty()
            && entries.first().text == QStringLiteral("Greta har ramlat två gånger.")));
        const auto action = workspace.actions().byId(s.actionId);
        CHECK(action.has_value());
        if (action) {
            CHECK(action->what == QStringLiteral("Beställ höftskydd"));
            CHECK(action->status == ActionStatus::Open);
            CHECK(action->meetingId == m);
        }
        CHECK(workspace.minutes().nextMeetingClients(m) == QList<qint64> {s.f.clientId});
        CHECK(workspace.minutes().isLocked(m));
        CHECK(workspace.minutes().addenda(m).size() == 1);
        CHECK(countOf(workspace, QStringLiteral("SELECT count(*) FROM agenda_item WHERE id = ?"),
                  s.otherItemId)
            == 1);
        CHECK(workspace.meetings().agendaItems(s.otherMeetingId).size() == 1);

        // Addenda are still added; a meeting not locked still changes and
        // goes with its rows.
        MinutesAddendum addendum;
        addendum.meetingId = m;
        addendum.text = QStringLiteral("Sara var sjuk.");
        CHECK_NOTHROW(workspace.minutes().addAddendum(addendum, s.f.chairId));
        CHECK(workspace.minutes().addenda(m).size() == 2);
        CHECK_NOTHROW(plainSql(workspace,
            QStringLiteral("UPDATE agenda_item SET title = 'Ändrad' WHERE id = ?"),
            {s.otherItemId}));
        CHECK_NOTHROW(plainSql(
            workspace, QStringLiteral("DELETE FROM meeting WHERE id = ?"), {s.otherMeetingId}));
        CHECK(countOf(workspace, QStringLiteral("SELECT count(*) FROM agenda_item WHERE id = ?"),
                  s.otherItemId)
            == 0);
    }
}

TEST_CASE("the repositories refuse changes to a locked meeting in Swedish", "[minutes][lock]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LockedMeeting s = makeLockedMeeting(workspace);
        const qint64 m = s.f.meetingId;
        const qint64 actor = s.f.chairId;
        auto &meetings = workspace.meetings();
        auto &actions = workspace.actions();

        const QList<std::pair<const char *, std::function<void()>>> refused = {
            {"save the meeting",
                [&] {
                    Meeting meeting = *meetings.byId(m);
                    meeting.location = QStringLiteral("Annat rum");
                    meetings.save(meeting, actor);
                }},
            {"move the meeting",
                [&] { SchedulingService(workspace).moveMeeting(m, s.f.startUtc.addDays(1)); }},
            {"cancel the meeting", [&] { SchedulingService(workspace).cancelMeeting(m); }},
            {"add an agenda item",
                [&] {
                    AgendaItem item;
                    item.meetingId = m;
                    item.title = QStringLiteral("Ny punkt");
                    meetings.addAgendaItem(item, actor);
                }},
            {"retitle an agenda item",
                [&] {
                    AgendaItem item = meetings.agendaItems(m).at(1);
                    item.title = QStringLiteral("Ändrad");
                    meetings.updateAgendaItem(item, actor);
                }},
            {"remove an agenda item", [&] { meetings.removeAgendaItem(s.f.itemIds.at(2), actor); }},
            {"change attendance",
                [&] {
                    Participant p = meetings.participants(m).first();
                    p.attendance = Attendance::Absent;
                    meetings.setParticipant(p, actor);
                }},
            {"add a participant",
                [&] {
                    Participant p;
                    p.meetingId = m;
                    p.personId = s.outsiderId;
                    meetings.setParticipant(p, actor);
                }},
            {"remove a participant", [&] { meetings.removeParticipant(m, s.f.helperId, actor); }},
            {"change a note",
                [&] {
                    MinuteEntry entry = workspace.minutes().entries(m).first();
                    entry.text = QStringLiteral("Ändrad");
                    workspace.minutes().saveEntry(entry, actor);
                }},
            {"decide an action afterwards",
                [&] {
                    Action action;
                    action.meetingId = m;
                    action.what = QStringLiteral("Ny åtgärd");
                    actions.create(action, actor);
                }},
            {"change what was decided",
                [&] {
                    Action action = *actions.byId(s.actionId);
                    action.what = QStringLiteral("Ändrad");
                    actions.save(action, actor);
                }},
            {"cancel the decision",
                [&] {
                    Action action = *actions.byId(s.actionId);
                    action.status = ActionStatus::Cancelled;
                    actions.save(action, actor);
                }},
        };
        for (const auto &[what, change] : refused) {
            INFO(what);
            try {
                change();
                FAIL_CHECK("the locked meeting was changed");
            } catch (const StorageError &error) {
                CHECK(error.kind() == StorageError::Kind::Refused);
                CHECK(error.userMessage().toStdString() == kLocked);
            }
        }
        CHECK(meetings.byId(m)->location == QStringLiteral("Dagrummet"));
        CHECK(meetings.byId(m)->status == MeetingStatus::Approved);
        CHECK(actions.byId(s.actionId)->status == ActionStatus::Open);
    }
}

TEST_CASE(
    "an action decided at a locked meeting is followed up at later meetings", "[minutes][lock]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const LockedMeeting s = makeLockedMeeting(workspace);
        auto &actions = workspace.actions();

        // Done at the next meeting, then opened again when it turned out not
        // to be: the decision itself stays as taken.
        CHECK_NOTHROW(actions.markDone(*actions.byId(s.actionId), s.f.nurseId));
        Action done = *actions.byId(s.actionId);
        CHECK(done.status == ActionStatus::Done);
        CHECK(done.doneById == s.f.nurseId);
        done.status = ActionStatus::Open;
        done.doneUtc = {};
        done.doneById = 0;
        CHECK_NOTHROW(actions.save(done, s.f.chairId));
        const Action reopened = *actions.byId(s.actionId);
        CHECK(reopened.status == ActionStatus::Open);
        CHECK(reopened.what == QStringLiteral("Beställ höftskydd"));
        CHECK(reopened.meetingId == s.f.meetingId);
    }
}
