// The alternating leader of a samordningsmöte (seed 001: "Mötet leds med
// fördel växelvis av deltagare från kommun och hälsocentral"), as a rule on
// plain values.
#include <catch2/catch.hpp>

#include "domain/MeetingLeader.h"

using namespace tf;

namespace {
constexpr qint64 kChair = 1;
constexpr qint64 kOtherChair = 2;
constexpr qint64 kKarin = 10; // distriktssköterska
constexpr qint64 kLars = 11; // läkare

LeaderOccurrence occurrence(QList<qint64> externals, MeetingLeader chosen = {})
{
    return LeaderOccurrence {kChair, externals, chosen};
}
} // namespace

TEST_CASE("the leader alternates between the municipality and the health centre",
    "[unit][samordning][leader]")
{
    const QList<LedOccurrence> led = leadersByAlternation({occurrence({kKarin, kLars}),
        occurrence({kKarin, kLars}), occurrence({kKarin, kLars}), occurrence({kKarin, kLars})});
    REQUIRE(led.size() == 4);
    CHECK(led.at(0).leader == MeetingLeader {kChair, 0});
    CHECK(led.at(1).leader == MeetingLeader {0, kKarin});
    CHECK(led.at(2).leader == MeetingLeader {kChair, 0});
    CHECK(led.at(3).leader == MeetingLeader {0, kKarin});
    for (const LedOccurrence &one : led)
        CHECK(one.proposed);
}

TEST_CASE("a chosen leader is kept and the next proposal follows the actual leader",
    "[unit][samordning][leader]")
{
    // The doctor leads the second meeting instead of the district nurse:
    // the third goes back to the municipality, the fourth to the doctor.
    QList<LedOccurrence> led = leadersByAlternation(
        {occurrence({kKarin, kLars}), occurrence({kKarin, kLars}, {0, kLars}),
            occurrence({kKarin, kLars}), occurrence({kKarin, kLars})});
    CHECK_FALSE(led.at(1).proposed);
    CHECK(led.at(1).leader == MeetingLeader {0, kLars});
    CHECK(led.at(2).leader == MeetingLeader {kChair, 0});
    CHECK(led.at(3).leader == MeetingLeader {0, kLars});

    // The health centre leads twice in a row: the next turn is the
    // municipality's, whatever the proposal would have been.
    led = leadersByAlternation({occurrence({kKarin}), occurrence({kKarin}),
        occurrence({kKarin}, {0, kKarin}), occurrence({kKarin})});
    CHECK(led.at(1).leader == MeetingLeader {0, kKarin});
    CHECK(led.at(2).leader == MeetingLeader {0, kKarin});
    CHECK(led.at(3).leader == MeetingLeader {kChair, 0});

    // Another municipal person chosen: the health centre's turn comes next.
    led = leadersByAlternation(
        {occurrence({kKarin}, {kOtherChair, 0}), occurrence({kKarin}), occurrence({kKarin})});
    CHECK(led.at(0).leader == MeetingLeader {kOtherChair, 0});
    CHECK(led.at(1).leader == MeetingLeader {0, kKarin});
    CHECK(led.at(2).leader == MeetingLeader {kChair, 0});

    // The doctor who led last is no longer invited: the first invited leads.
    led = leadersByAlternation(
        {occurrence({kKarin, kLars}, {0, kLars}), occurrence({kKarin}), occurrence({kKarin})});
    CHECK(led.at(2).leader == MeetingLeader {0, kKarin});
}

TEST_CASE(
    "without external participants the municipal chair is proposed", "[unit][samordning][leader]")
{
    const QList<LedOccurrence> led
        = leadersByAlternation({occurrence({}), occurrence({}), occurrence({})});
    for (const LedOccurrence &one : led)
        CHECK(one.leader == MeetingLeader {kChair, 0});
    CHECK(leadersByAlternation({}).isEmpty());
}
