// Staff who leave: from their end date they are offered nowhere, and what
// they hold is handed over to a successor in one recorded step, on both
// engines.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "domain/StorageError.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/minutes/MeetingAttendance.h"
#include "services/staff/Leavers.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/HandoverRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/SeriesRepository.h"
#include "storage/care/SipRepository.h"
#include "support/CliRun.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace tf;

namespace {
QList<qint64> idsOf(const QList<Person> &people)
{
    QList<qint64> ids;
    for (const Person &person : people)
        ids << person.id;
    return ids;
}

qint64 makeAction(Workspace &workspace, qint64 clientId, qint64 responsibleId, const char *what)
{
    Action action;
    action.clientId = clientId;
    action.responsibleId = responsibleId;
    action.what = QString::fromUtf8(what);
    action.dueDate = QDate(2027, 3, 1);
    return workspace.actions().create(action, workspace.actorId());
}

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}
} // namespace

TEST_CASE("a person who has left is offered from their end date on, not before", "[leavers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        Directory &directory = workspace.directory();
        const QDate ends(2027, 2, 1);
        const Person ended = Leavers(workspace).endEmployment(fixture.nurseId, ends);
        CHECK(ended.endsOn == ends);
        CHECK(workspace.people().byId(fixture.nurseId)->endsOn == ends);

        // The one list every picker offers (participants, substitutes,
        // responsible, team, client roles) has her the day before only.
        CHECK(idsOf(directory.peopleEmployedOn(ends.addDays(-1))).contains(fixture.nurseId));
        CHECK_FALSE(idsOf(directory.peopleEmployedOn(ends)).contains(fixture.nurseId));
        CHECK_FALSE(idsOf(directory.peopleEmployedOn(ends.addDays(30))).contains(fixture.nurseId));
        CHECK(idsOf(directory.peopleEmployedOn(ends)).contains(fixture.chairId));
        // Her history stays: her name is still found for old minutes.
        CHECK(idsOf(directory.people()).contains(fixture.nurseId));
        CHECK(workspace.people().byIds({fixture.nurseId}).size() == 1);

        // A series scheduled now invites her to the meetings before her end
        // date only.
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        int before = 0, after = 0;
        for (const SeriesMeeting &planned : workspace.series().meetings(series.id)) {
            const bool invited
                = test::storedParticipant(workspace, planned.meeting.id, fixture.nurseId).version
                > 0;
            const bool chairInvited
                = test::storedParticipant(workspace, planned.meeting.id, fixture.chairId).version
                > 0;
            CHECK(chairInvited);
            if (stockholmDate(planned.meeting.startUtc) < ends) {
                CHECK(invited);
                ++before;
            } else {
                CHECK_FALSE(invited);
                ++after;
            }
        }
        CHECK(before == 2);
        CHECK(after > 0);

        // Taking the end back offers her again.
        Leavers(workspace).endEmployment(fixture.nurseId, QDate());
        CHECK(idsOf(directory.peopleEmployedOn(ends.addDays(30))).contains(fixture.nurseId));
    }
}

TEST_CASE("meeting mode offers as stand-ins those who work on the meeting's day in Stockholm",
    "[leavers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        // The nurse's last day is 31 January. A meeting late that evening
        // in UTC is already 1 February in Stockholm: she has left by then.
        const auto f = test::makeMinutesFixture(
            workspace, QDateTime(QDate(2027, 1, 31), QTime(10, 0), Qt::UTC));
        const qint64 pastMidnight
            = test::addMeeting(workspace, f, QDateTime(QDate(2027, 1, 31), QTime(23, 30), Qt::UTC));
        const qint64 nextWeek
            = test::addMeeting(workspace, f, QDateTime(QDate(2027, 2, 7), QTime(10, 0), Qt::UTC));
        Leavers(workspace).endEmployment(f.nurseId, QDate(2027, 2, 1));

        const auto teamOf = [&](qint64 meetingId) {
            const auto meeting = workspace.meetings().byId(meetingId);
            REQUIRE(meeting.has_value());
            return idsOf(MeetingAttendance(workspace).mayStandIn(*meeting));
        };
        CHECK(teamOf(f.meetingId).contains(f.nurseId));
        CHECK(teamOf(f.meetingId).contains(f.chairId));
        CHECK_FALSE(teamOf(pastMidnight).contains(f.nurseId));
        CHECK(teamOf(pastMidnight).contains(f.chairId));
        CHECK_FALSE(teamOf(nextWeek).contains(f.nurseId));
    }
}

TEST_CASE("a handover moves open actions, client roles and SIP needs and records it", "[leavers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const qint64 greta = fixture.clientIds.at(0);
        Client client = *workspace.clients().byId(greta);
        client.contactPersonId = fixture.nurseId;
        workspace.clients().save(client, fixture.chairId);
        const qint64 open = makeAction(workspace, greta, fixture.nurseId, "Ring dottern");
        const qint64 done = makeAction(workspace, greta, fixture.nurseId, "Beställ rullator");
        workspace.actions().markDone(*workspace.actions().byId(done), fixture.nurseId);
        const qint64 othersAction = makeAction(workspace, greta, fixture.chairId, "Boka läkare");
        SipNeed need;
        need.clientId = greta;
        need.responsibleId = fixture.nurseId;
        need.note = QStringLiteral("Kalla till SIP med vårdcentralen");
        const qint64 needId = workspace.sip().create(need, fixture.chairId);

        Leavers leavers(workspace);
        leavers.endEmployment(fixture.nurseId, today().addDays(14));
        const QList<HandoverItem> items = leavers.openItems(fixture.nurseId);
        // One open action, nurse of all five clients, contact person of
        // one, one SIP need; the done action is not listed.
        REQUIRE(items.size() == 8);
        CHECK(items.at(0).kind == HandoverKind::Action);
        CHECK(items.at(0).rowId == open);
        CHECK(items.at(0).clientName == QStringLiteral("Greta Gran"));
        CHECK(items.last().kind == HandoverKind::SipNeed);
        CHECK(items.last().rowId == needId);

        // Refused whole: a successor who has left, or the leaver herself.
        Leavers(workspace).endEmployment(fixture.dietistId, today());
        CHECK_THROWS_AS(leavers.handOverAll(fixture.nurseId, fixture.dietistId), StorageError);
        CHECK_THROWS_AS(leavers.handOverAll(fixture.nurseId, fixture.nurseId), StorageError);
        CHECK(workspace.actions().byId(open)->responsibleId == fixture.nurseId);
        CHECK(workspace.handovers().involving(fixture.nurseId).isEmpty());

        // Per row: the SIP need to the chair, the rest to the night nurse.
        QList<HandoverItem> chosen = items;
        for (HandoverItem &item : chosen)
            item.toPersonId
                = item.kind == HandoverKind::SipNeed ? fixture.chairId : fixture.nightId;
        const QList<HandoverItem> handed = leavers.handOver(fixture.nurseId, chosen);
        CHECK(handed.size() == 8);
        CHECK(workspace.actions().byId(open)->responsibleId == fixture.nightId);
        CHECK(workspace.actions().byId(done)->responsibleId == fixture.nurseId);
        CHECK(workspace.actions().byId(othersAction)->responsibleId == fixture.chairId);
        const Client after = *workspace.clients().byId(greta);
        CHECK(after.contactPersonId == fixture.nightId);
        CHECK(after.nurseId == fixture.nightId);
        for (qint64 id : fixture.clientIds)
            CHECK(workspace.clients().byId(id)->nurseId == fixture.nightId);
        CHECK(workspace.sip().open(fixture.chairId).size() == 1);
        CHECK(workspace.sip().open(fixture.nurseId).isEmpty());
        CHECK(leavers.openItems(fixture.nurseId).isEmpty());

        const QList<HandoverEntry> log = workspace.handovers().involving(fixture.nurseId);
        REQUIRE(log.size() == 8);
        for (const HandoverEntry &entry : log) {
            CHECK(entry.fromPersonId == fixture.nurseId);
            CHECK(entry.handedById == fixture.chairId);
            CHECK(entry.handedUtc.isValid());
        }
        CHECK(log.first().kind == HandoverKind::Action);
        CHECK(log.first().rowId == open);
        CHECK(log.first().toPersonId == fixture.nightId);
        CHECK(log.last().kind == HandoverKind::SipNeed);
        CHECK(log.last().toPersonId == fixture.chairId);

        // A list read before someone else changed a row is refused whole.
        const qint64 late = makeAction(workspace, 0, fixture.nightId, "Ny rutin");
        QList<HandoverItem> stale = leavers.openItems(fixture.nightId);
        Action moved = *workspace.actions().byId(late);
        moved.responsibleId = fixture.chairId;
        workspace.actions().save(moved, fixture.chairId);
        for (HandoverItem &item : stale)
            item.toPersonId = fixture.chairId;
        CHECK_THROWS_AS(leavers.handOver(fixture.nightId, stale), StorageError);
        CHECK(workspace.clients().byId(greta)->contactPersonId == fixture.nightId);
    }
}

TEST_CASE("cli end-employment and handover print what moved", "[leavers][cli]")
{
    const auto backend = test::sqliteBackend();
    qint64 nurse = 0, night = 0, action = 0;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        nurse = fixture.nurseId;
        night = fixture.nightId;
        action = makeAction(workspace, fixture.clientIds.at(0), nurse, "Ring dottern");
    }
    const QString db = backend.spec.path;
    const auto ended = test::runCli({QStringLiteral("--database"), db,
        QStringLiteral("end-employment"), QStringLiteral("--person"), QString::number(nurse),
        QStringLiteral("--date"), QStringLiteral("2027-02-01")});
    INFO(ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.json().object().value(QStringLiteral("endsOn")).toString()
        == QStringLiteral("2027-02-01"));
    CHECK(ended.json().object().value(QStringLiteral("toHandOver")).toArray().size() == 6);

    const QStringList handover
        = {QStringLiteral("--database"), db, QStringLiteral("handover"), QStringLiteral("--from"),
            QString::number(nurse), QStringLiteral("--to"), QString::number(night)};
    const auto dry = test::runCli(handover + QStringList {QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(QStringLiteral("wouldHandOver")).toArray().size() == 6);
    const auto real = test::runCli(handover);
    REQUIRE(real.exitCode == 0);
    const QJsonArray moved = real.json().object().value(QStringLiteral("handedOver")).toArray();
    REQUIRE(moved.size() == 6);
    CHECK(moved.at(0).toObject().value(QStringLiteral("kind")).toString()
        == QStringLiteral("action"));
    CHECK(moved.at(0).toObject().value(QStringLiteral("id")).toInteger() == action);
    {
        Workspace workspace(backend.spec);
        workspace.open();
        CHECK(workspace.actions().byId(action)->responsibleId == night);
        CHECK(workspace.handovers().involving(nurse).size() == 6);
    }
    // Nothing left: a second handover moves nothing.
    CHECK(test::runCli(handover)
              .json()
              .object()
              .value(QStringLiteral("handedOver"))
              .toArray()
              .isEmpty());
    const auto bad = test::runCli(
        {QStringLiteral("--database"), db, QStringLiteral("handover"), QStringLiteral("--from"),
            QString::number(nurse), QStringLiteral("--to"), QStringLiteral("x")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--to ska vara ett id")));
}

TEST_CASE(
    "an action of approved minutes goes to a successor only along a recorded handover", "[leavers]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const qint64 meetingId = workspace.series().meetings(series.id).at(0).meeting.id;
        Action decided;
        decided.meetingId = meetingId;
        decided.responsibleId = fixture.nurseId;
        decided.what = QStringLiteral("Ring dottern");
        const qint64 actionId = workspace.actions().create(decided, fixture.chairId);
        Query lock(workspace.database(),
            QStringLiteral("INSERT INTO minutes_closing (meeting_id, finished_at, approved_at, "
                           "locked, updated_at) VALUES (?, ?, ?, 1, ?)"));
        lock.bind(meetingId).bind(nowUtcText()).bind(nowUtcText()).bind(nowUtcText()).exec();

        // The decision as approved cannot be given to someone else by hand.
        Action byHand = *workspace.actions().byId(actionId);
        byHand.responsibleId = fixture.nightId;
        CHECK_THROWS_AS(workspace.actions().save(byHand, fixture.chairId), StorageError);
        CHECK(workspace.actions().byId(actionId)->responsibleId == fixture.nurseId);

        // A handover moves it, and says so.
        Leavers leavers(workspace);
        const auto handed = leavers.handOverAll(fixture.nurseId, fixture.nightId);
        CHECK(handed.size() == 6); // the action and the nurse of five clients
        CHECK(workspace.actions().byId(actionId)->responsibleId == fixture.nightId);
        const auto log = workspace.handovers().involving(fixture.nurseId);
        REQUIRE_FALSE(log.isEmpty());
        CHECK(log.first().kind == HandoverKind::Action);
        CHECK(log.first().rowId == actionId);
    }
}

TEST_CASE("a leaver's journal entries to write go to a successor, also of approved minutes",
    "[leavers][journal]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        test::ChairFixture fixture(workspace);
        const auto series
            = fixture.scheduleTeammote(workspace, QDate(2027, 1, 5), QDate(2027, 1, 1));
        const qint64 meetingId = workspace.series().meetings(series.id).at(0).meeting.id;
        // The chair is responsible; the nurse is to document it in the journal.
        Action decided;
        decided.meetingId = meetingId;
        decided.responsibleId = fixture.chairId;
        decided.what = QStringLiteral("Byt madrass");
        decided.journalEntryNeeded = true;
        decided.journalById = fixture.nurseId;
        const qint64 actionId = workspace.actions().create(decided, fixture.chairId);
        Query lock(workspace.database(),
            QStringLiteral("INSERT INTO minutes_closing (meeting_id, finished_at, approved_at, "
                           "locked, updated_at) VALUES (?, ?, ?, 1, ?)"));
        lock.bind(meetingId).bind(nowUtcText()).bind(nowUtcText()).bind(nowUtcText()).exec();

        // Not by hand: the approved decision names who documents it.
        Action byHand = *workspace.actions().byId(actionId);
        byHand.journalById = fixture.nightId;
        CHECK_THROWS_AS(workspace.actions().save(byHand, fixture.chairId), StorageError);

        Leavers leavers(workspace);
        const QList<HandoverItem> open = leavers.openItems(fixture.nurseId);
        const auto journal = std::find_if(open.cbegin(), open.cend(),
            [](const HandoverItem &item) { return item.kind == HandoverKind::JournalEntry; });
        REQUIRE(journal != open.cend());
        CHECK(journal->rowId == actionId);
        CHECK(journal->what == QStringLiteral("Byt madrass"));
        CHECK(handoverKindLabel(HandoverKind::JournalEntry)
            == QStringLiteral("Att dokumentera i journal"));

        HandoverItem item = *journal;
        item.toPersonId = fixture.nightId;
        CHECK(leavers.handOver(fixture.nurseId, {item}).size() == 1);
        const auto moved = workspace.actions().byId(actionId);
        CHECK(moved->journalById == fixture.nightId);
        CHECK(moved->responsibleId == fixture.chairId); // the action itself stays
        const auto log = workspace.handovers().involving(fixture.nightId);
        REQUIRE(log.size() == 1);
        CHECK(log.first().kind == HandoverKind::JournalEntry);
        // Handing it over again from the nurse is a change made meanwhile.
        CHECK_THROWS_AS(leavers.handOver(fixture.nurseId, {item}), StorageError);
    }
}
