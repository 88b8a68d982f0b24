// The one follow-up rule (domain/FollowUp) at its edges: the meeting on the
// follow-up date and the day before, another forum, done and cancelled
// actions, and a recorded follow-up moving the date on by the frequency.
#include <catch2/catch.hpp>

#include "domain/FollowUp.h"

using namespace tf;

namespace {
// Teammöte of unit 1 (template 7) decided on Tuesday 5 January 2027.
const ForumDay kDecided {100, 1, 7, QDate(2027, 1, 5)};

ForumDay teammote(qint64 id, const QDate &day)
{
    return {id, 1, 7, day};
}

Action everyFortnight()
{
    Action action;
    action.meetingId = kDecided.meetingId;
    action.followUpDays = 14;
    return action;
}
} // namespace

TEST_CASE("an action comes back at the forum's first meeting on or after its follow-up date",
    "[followup]")
{
    const Action action = everyFortnight();
    REQUIRE(followUpDate(action, kDecided.day) == QDate(2027, 1, 19));
    CHECK_FALSE(comesBackAt(action, kDecided, teammote(101, QDate(2027, 1, 18))));
    CHECK(comesBackAt(action, kDecided, teammote(102, QDate(2027, 1, 19))));
    // No meeting on the day itself: the first one after it.
    CHECK(comesBackAt(action, kDecided, teammote(103, QDate(2027, 1, 21))));
    // And every later meeting of the forum until it is closed.
    CHECK(comesBackAt(action, kDecided, teammote(104, QDate(2027, 1, 26))));
    CHECK(comesBackAt(action, kDecided, teammote(105, QDate(2027, 6, 1))));
    // Never at the meeting that decided it, nor at one before.
    CHECK_FALSE(comesBackAt(action, kDecided, kDecided));
    CHECK_FALSE(comesBackAt(action, kDecided, teammote(99, QDate(2027, 1, 1))));
}

TEST_CASE("an action comes back only at the forum where it was decided", "[followup]")
{
    const Action action = everyFortnight();
    const QDate later(2027, 2, 2);
    CHECK(comesBackAt(action, kDecided, {200, 1, 7, later}));
    CHECK_FALSE(comesBackAt(action, kDecided, {201, 1, 8, later})); // the unit's APT
    CHECK_FALSE(comesBackAt(action, kDecided, {202, 2, 7, later})); // another unit's teammöte
}

TEST_CASE("a done or cancelled action does not come back", "[followup]")
{
    Action action = everyFortnight();
    const ForumDay later = teammote(300, QDate(2027, 2, 2));
    REQUIRE(comesBackAt(action, kDecided, later));
    action.status = ActionStatus::Done;
    CHECK_FALSE(comesBackAt(action, kDecided, later));
    action.status = ActionStatus::Cancelled;
    CHECK_FALSE(comesBackAt(action, kDecided, later));
}

TEST_CASE(
    "without a frequency the due date is the follow-up date, without either never", "[followup]")
{
    Action action;
    action.meetingId = kDecided.meetingId;
    CHECK_FALSE(followUpDate(action, kDecided.day).isValid());
    CHECK_FALSE(comesBackAt(action, kDecided, teammote(400, QDate(2028, 1, 4))));
    action.dueDate = QDate(2027, 2, 1);
    CHECK_FALSE(comesBackAt(action, kDecided, teammote(401, QDate(2027, 1, 31))));
    CHECK(comesBackAt(action, kDecided, teammote(402, QDate(2027, 2, 1))));
    // Recording a follow-up moves nothing: it comes back until it is closed.
    CHECK(followUpRecorded(action, kDecided.day, QDate(2027, 2, 1)) == QDate(2027, 2, 1));
}

TEST_CASE("recording a follow-up moves the next follow-up date on by the frequency", "[followup]")
{
    Action action = everyFortnight();
    // Followed up on the day: the next date is one frequency on.
    action.nextFollowUpDate = followUpRecorded(action, kDecided.day, QDate(2027, 1, 19));
    CHECK(action.nextFollowUpDate == QDate(2027, 2, 2));
    CHECK(followUpDate(action, kDecided.day) == QDate(2027, 2, 2));
    CHECK_FALSE(comesBackAt(action, kDecided, teammote(500, QDate(2027, 1, 26))));
    CHECK(comesBackAt(action, kDecided, teammote(501, QDate(2027, 2, 2))));
    // Followed up late (on 10 February): moved past that meeting's day.
    CHECK(followUpRecorded(action, kDecided.day, QDate(2027, 2, 10)) == QDate(2027, 2, 16));
    // Followed up on the last day of a period: the next period.
    CHECK(followUpRecorded(action, kDecided.day, QDate(2027, 2, 15)) == QDate(2027, 2, 16));
    CHECK(followUpRecorded(action, kDecided.day, QDate(2027, 2, 16)) == QDate(2027, 3, 2));
    // Followed up before it was due: the date stands.
    CHECK(followUpRecorded(action, kDecided.day, QDate(2027, 1, 26)) == QDate(2027, 2, 2));
}
