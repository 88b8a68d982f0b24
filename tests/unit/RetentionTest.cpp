// Gallring: when a client's data is to be purged, kept or preserved.
#include "domain/Retention.h"
#include "services/retention/RetentionRules.h"

#include <catch2/catch.hpp>

using namespace tf;

namespace {
const RetentionRule &municipal()
{
    static const RetentionRule rule = retentionRule(CareProvider::Municipal);
    return rule;
}

RetentionVerdict decide(const char *personnummer, const char *lastEntry, const char *asOf,
    const RetentionRule &rule = municipal())
{
    return decideRetention(rule, QString::fromLatin1(personnummer),
        QDate::fromString(QString::fromLatin1(lastEntry), Qt::ISODate),
        QDate::fromString(QString::fromLatin1(asOf), Qt::ISODate));
}

// Born on the 16th: never kept for research.
constexpr const char *kOrdinary = "19500316-1238";
} // namespace

TEST_CASE(
    "Retention: the obligation arises five years after the last entry, on that day", "[retention]")
{
    const auto before = decide(kOrdinary, "2021-06-10", "2026-06-09");
    CHECK(before.decision == RetentionDecision::Keep);
    CHECK(before.dueDate == QDate(2026, 6, 10));
    CHECK(before.deadline == QDate(2027, 12, 31));
    CHECK(before.reason.contains(QStringLiteral("2026-06-10")));

    const auto onTheDay = decide(kOrdinary, "2021-06-10", "2026-06-10");
    CHECK(onTheDay.decision == RetentionDecision::Purge);
    CHECK(onTheDay.reason.contains(QStringLiteral("senast 2027-12-31")));
    CHECK(onTheDay.reason.contains(municipal().reference));
}

TEST_CASE("Retention: 29 February counts to 28 February", "[retention]")
{
    CHECK(sameDateYearsOn(QDate(2024, 2, 29), 5) == QDate(2029, 2, 28));
    CHECK(sameDateYearsOn(QDate(2024, 2, 29), 4) == QDate(2028, 2, 29));
    CHECK(decide(kOrdinary, "2024-02-29", "2029-02-27").decision == RetentionDecision::Keep);
    CHECK(decide(kOrdinary, "2024-02-29", "2029-02-28").decision == RetentionDecision::Purge);
}

TEST_CASE("Retention: the deadline is the end of the calendar year after", "[retention]")
{
    CHECK(decide(kOrdinary, "2021-12-31", "2026-12-31").deadline == QDate(2027, 12, 31));
    CHECK(decide(kOrdinary, "2022-01-01", "2027-01-01").deadline == QDate(2028, 12, 31));
}

TEST_CASE("Retention: a private provider purges after two years", "[retention]")
{
    const RetentionRule rule = retentionRule(CareProvider::Private);
    CHECK(rule.years == 2);
    CHECK(municipal().years == 5);
    CHECK(decide(kOrdinary, "2024-03-01", "2026-02-28", rule).decision == RetentionDecision::Keep);
    const auto due = decide(kOrdinary, "2024-03-01", "2026-03-01", rule);
    CHECK(due.decision == RetentionDecision::Purge);
    CHECK(due.reason.contains(rule.providerName));
}

TEST_CASE("Retention: people born on day 5, 15 or 25 are preserved for research", "[retention]")
{
    for (const char *born : {"19500305-1231", "19500315-1239"}) {
        INFO(born);
        const auto verdict = decide(born, "2020-01-10", "2026-01-10");
        CHECK(verdict.decision == RetentionDecision::Preserve);
        CHECK(verdict.dueDate == QDate(2025, 1, 10));
        CHECK(verdict.reason.contains(QStringLiteral("forskning")));
    }
    // Not yet due: kept like anyone else.
    CHECK(decide("19500315-1239", "2022-01-10", "2026-01-10").decision == RetentionDecision::Keep);
    CHECK(decide(kOrdinary, "2020-01-10", "2026-01-10").decision == RetentionDecision::Purge);
}

TEST_CASE("Retention: a samordningsnummer's day counts without the 60", "[retention]")
{
    CHECK(birthDayOf(QStringLiteral("19701065-2399")) == 5);
    CHECK(birthDayOf(QStringLiteral("19701085-2395")) == 25);
    CHECK(decide("19701075-2397", "2015-05-05", "2026-01-01").decision
        == RetentionDecision::Preserve);
    CHECK(decide("19701066-2398", "2015-05-05", "2026-01-01").decision == RetentionDecision::Purge);
}

TEST_CASE("Retention: providers are named by key", "[retention]")
{
    CareProvider provider = CareProvider::Municipal;
    REQUIRE(careProviderFromKey(QStringLiteral("private"), &provider));
    CHECK(provider == CareProvider::Private);
    CHECK_FALSE(careProviderFromKey(QStringLiteral("Private"), &provider));
    CHECK(careProviderKey(CareProvider::Municipal) == QStringLiteral("municipal"));
}
