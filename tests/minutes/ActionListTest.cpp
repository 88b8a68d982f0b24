#include <catch2/catch.hpp>

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/MeetingRepository.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

namespace {
qint64 decide(Workspace &workspace, const test::MinutesFixture &f, const QString &what, qint64 who,
    const QDate &due, int followUpDays)
{
    Action action;
    action.meetingId = f.meetingId;
    action.agendaItemId = f.itemIds.at(1);
    action.what = what;
    action.responsibleId = who;
    action.dueDate = due;
    action.followUpDays = followUpDays;
    return workspace.actions().create(action, f.chairId);
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QList<qint64> ids(const QList<ActionListRow> &rows)
{
    QList<qint64> list;
    for (const auto &row : rows)
        list << row.action.id;
    return list;
}
} // namespace

TEST_CASE(
    "the Åtgärder list filters open, due, overdue and done per unit and person", "[actions-ui]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        const QDate today(2026, 11, 25);
        const auto f = test::makeMinutesFixture(
            workspace, QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
        const qint64 late = decide(
            workspace, f, QStringLiteral("Beställ rullator"), f.nurseId, today.addDays(-2), 0);
        const qint64 soon = decide(
            workspace, f, QStringLiteral("Ring anhöriga"), f.helperId, today.addDays(3), 0);
        const qint64 later = decide(
            workspace, f, QStringLiteral("Ny genomförandeplan"), f.helperId, today.addDays(30), 0);
        const qint64 done = decide(
            workspace, f, QStringLiteral("Boka tandläkare"), f.nurseId, today.addDays(-5), 0);

        workspace.setActorId(f.chairId);
        ActionList list(workspace);
        list.markDone(done);
        const auto closed = workspace.actions().byId(done);
        CHECK(closed->status == ActionStatus::Done);
        CHECK(closed->doneById == f.chairId);
        CHECK(closed->doneUtc.isValid());

        CHECK(ids(list.forUnit(f.unitId, ActionFilter::All, today)).size() == 4);
        CHECK(ids(list.forUnit(f.unitId, ActionFilter::Open, today)).size() == 3);
        CHECK(ids(list.forUnit(f.unitId, ActionFilter::Overdue, today)) == QList<qint64> {late});
        CHECK(ids(list.forUnit(f.unitId, ActionFilter::Due, today)) == QList<qint64> {soon});
        CHECK(ids(list.forUnit(f.unitId, ActionFilter::Done, today)) == QList<qint64> {done});
        CHECK(ids(list.forPerson(f.helperId, ActionFilter::Open, today))
            == (QList<qint64> {soon, later}));
        CHECK(ids(list.forPerson(f.nurseId, ActionFilter::Overdue, today)) == QList<qint64> {late});
        CHECK(list.forUnit(f.unitId, ActionFilter::All, today).first().decidedOn
            == QDate(2026, 11, 10));
    }
}

TEST_CASE(
    "an action returns on every agenda after its follow-up date until it is closed", "[actions-ui]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        workspace.setActorId(1);
        const QDateTime first(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
        const auto f = test::makeMinutesFixture(workspace, first);
        const qint64 followed
            = decide(workspace, f, QStringLiteral("Följ upp vikten"), f.nurseId, {}, 14);
        decide(workspace, f, QStringLiteral("Utan uppföljning"), f.nurseId, {}, 0);

        ActionList list(workspace);
        const auto meetingAt = [&](int days) {
            return *workspace.meetings().byId(test::addMeeting(workspace, f, first.addDays(days)));
        };
        CHECK(list.followUpsFor(*workspace.meetings().byId(f.meetingId)).isEmpty());
        CHECK(list.followUpsFor(meetingAt(7)).isEmpty());
        const auto due = list.followUpsFor(meetingAt(14));
        REQUIRE(ids(due) == QList<qint64> {followed});
        CHECK(due.first().followUpOn == QDate(2026, 11, 16));
        CHECK(ids(list.followUpsFor(meetingAt(28))) == QList<qint64> {followed});

        list.markDone(followed);
        CHECK(list.followUpsFor(meetingAt(42)).isEmpty());
    }
}

TEST_CASE("meeting mode shows an action only at meetings of the forum that decided it",
    "[actions-ui][followup]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        workspace.setActorId(1);
        const QDateTime first(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
        const auto f = test::makeMinutesFixture(workspace, first);
        const qint64 followed
            = decide(workspace, f, QStringLiteral("Följ upp vikten"), f.nurseId, {}, 14);
        // Without a frequency the due date brings it back.
        const qint64 dated = decide(
            workspace, f, QStringLiteral("Beställ rullator"), f.nurseId, QDate(2026, 11, 20), 0);

        ActionList list(workspace);
        test::MinutesFixture otherForum = f;
        otherForum.templateId = f.templateId == 1 ? 2 : 1;
        const auto apt = *workspace.meetings().byId(
            test::addMeeting(workspace, otherForum, first.addDays(21)));
        CHECK(list.followUpsFor(apt).isEmpty());
        const auto teammote
            = *workspace.meetings().byId(test::addMeeting(workspace, f, first.addDays(21)));
        CHECK(sorted(ids(list.followUpsFor(teammote))) == (QList<qint64> {followed, dated}));

        // Followed up at that meeting: away until 30 November.
        list.recordFollowUp(*workspace.actions().byId(followed), teammote);
        const auto before
            = *workspace.meetings().byId(test::addMeeting(workspace, f, first.addDays(27)));
        CHECK(ids(list.followUpsFor(before)) == QList<qint64> {dated});
        const auto onTheDay
            = *workspace.meetings().byId(test::addMeeting(workspace, f, first.addDays(28)));
        CHECK(sorted(ids(list.followUpsFor(onTheDay))) == (QList<qint64> {followed, dated}));
        for (const auto &row : list.forUnit(f.unitId, ActionFilter::Open, first.date()))
            CHECK(row.followUpOn
                == (row.action.id == followed ? QDate(2026, 11, 30) : QDate(2026, 11, 20)));
    }
}
