#include <catch2/catch.hpp>

#include "domain/ForumTemplate.h"
#include "domain/ServiceType.h"

using namespace tf;

namespace {
ForumTemplate validTemplate()
{
    ForumTemplate t;
    t.forum = QStringLiteral("teammote");
    t.name = QStringLiteral("Teammöte");
    t.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2");
    t.minMinutes = 30;
    t.maxMinutes = 30;
    t.participants = {{QStringLiteral("Leg personal"), false}};
    t.agenda = {{QStringLiteral("Riskbedömningar"), true}};
    return t;
}
} // namespace

TEST_CASE("a complete template is valid", "[template]")
{
    CHECK(validTemplate().validationError().isEmpty());
}

TEST_CASE("a template with impossible values is refused with a Swedish message", "[template]")
{
    ForumTemplate t = validTemplate();
    SECTION("empty name")
    {
        t.name = QStringLiteral("   ");
        CHECK(t.validationError().contains(QStringLiteral("namn")));
    }
    SECTION("longest shorter than shortest")
    {
        t.maxMinutes = 10;
        CHECK(t.validationError().contains(QStringLiteral("Längsta tid")));
    }
    SECTION("no duration")
    {
        t.minMinutes = 0;
        CHECK_FALSE(t.validationError().isEmpty());
    }
    SECTION("unknown forum")
    {
        t.forum = QStringLiteral("fika");
        CHECK(t.validationError().contains(QStringLiteral("fika")));
    }
    SECTION("participant without role")
    {
        t.participants.append({QString(), true});
        CHECK(t.validationError().contains(QStringLiteral("roll")));
    }
    SECTION("agenda item without title")
    {
        t.agenda.append({QStringLiteral(" "), false});
        CHECK(t.validationError().contains(QStringLiteral("dagordningen")));
    }
}

TEST_CASE("service type keys round-trip and have Swedish names", "[template]")
{
    REQUIRE(allServiceTypes().size() == 7);
    for (auto type : allServiceTypes()) {
        ServiceType back = ServiceType::Samordning;
        REQUIRE(serviceTypeFromKey(serviceTypeKey(type), &back));
        CHECK(back == type);
        CHECK_FALSE(serviceTypeDisplayName(type).isEmpty());
    }
    ServiceType unused;
    CHECK_FALSE(serviceTypeFromKey(QStringLiteral("sjukhus"), &unused));
}

TEST_CASE("interval labels name the routine's intervals in Swedish", "[template]")
{
    CHECK(intervalLabel(QStringLiteral("FREQ=WEEKLY;INTERVAL=2"))
        == QStringLiteral("Varannan vecka"));
    CHECK(intervalLabel(QStringLiteral("FREQ=MONTHLY")) == QStringLiteral("En gång i månaden"));
    CHECK(intervalLabel(QStringLiteral("FREQ=DAILY")) == QStringLiteral("Dagligen"));
}
