// The routine's due logic and consent expiry, as pure rules.
#include <catch2/catch.hpp>

#include "domain/care/Consent.h"
#include "domain/care/RiskDue.h"

using namespace tf;

TEST_CASE("an assessment is missing until done after moving in", "[risk]")
{
    const QDate movedIn(2026, 3, 10);
    RiskNeed need
        = riskNeed(QStringLiteral("downton"), movedIn, std::nullopt, 12, QDate(2026, 3, 12));
    CHECK(need.state == RiskDueState::Missing);
    CHECK(need.dueOn == movedIn);
    // An assessment from an earlier stay does not count.
    need = riskNeed(QStringLiteral("downton"), movedIn, QDate(2025, 11, 1), 12, QDate(2026, 3, 12));
    CHECK(need.state == RiskDueState::Missing);
    CHECK(need.lastOn == QDate(2025, 11, 1));
    // Done on the day of moving in: current.
    need = riskNeed(QStringLiteral("downton"), movedIn, movedIn, 12, QDate(2026, 3, 12));
    CHECK(need.state == RiskDueState::Current);
    CHECK(need.dueOn == QDate(2027, 3, 10));
    // Unknown moving-in date and never assessed: due now.
    need = riskNeed(QStringLiteral("norton"), QDate(), std::nullopt, 12, QDate(2026, 5, 1));
    CHECK(need.state == RiskDueState::Missing);
    CHECK(need.dueOn == QDate(2026, 5, 1));
}

TEST_CASE("an assessment is out of date a year later, sooner when the team decided", "[risk]")
{
    const QDate last(2025, 6, 15);
    CHECK(riskNeed(QStringLiteral("mnasf"), QDate(), last, 12, QDate(2026, 6, 14)).state
        == RiskDueState::Current);
    CHECK(riskNeed(QStringLiteral("mnasf"), QDate(), last, 12, QDate(2026, 6, 15)).state
        == RiskDueState::OutOfDate);
    const RiskNeed monthly
        = riskNeed(QStringLiteral("mnasf"), QDate(), last, 3, QDate(2025, 9, 20));
    CHECK(monthly.state == RiskDueState::OutOfDate);
    CHECK(monthly.dueOn == QDate(2025, 9, 15));
    CHECK(monthly.intervalMonths == 3);
    CHECK(riskDueStateKey(monthly.state) == QStringLiteral("out_of_date"));
}

TEST_CASE("consent lasts a year and blocks the samordningsmöte when missing, refused or expired",
    "[consent]")
{
    Consent consent;
    consent.clientId = 1;
    consent.scope = ConsentScope::OtherCareProviders;
    consent.decidedOn = QDate(2026, 2, 1);
    consent.validUntil = Consent::expiryFor(consent.decidedOn);
    CHECK(consent.validUntil == QDate(2027, 1, 31));
    CHECK(samordningConsentProblem(&consent, QDate(2027, 1, 31)).isEmpty());
    const QString expired = samordningConsentProblem(&consent, QDate(2027, 2, 1));
    CHECK(expired.contains(QStringLiteral("2027-01-31")));
    CHECK(expired.contains(QStringLiteral("förnyas")));
    CHECK(samordningConsentProblem(nullptr, QDate(2026, 3, 1)).contains(QStringLiteral("saknar")));
    consent.decision = ConsentDecision::Refused;
    CHECK(samordningConsentProblem(&consent, QDate(2026, 3, 1))
              .contains(QStringLiteral("inte samtyckt")));
    consent.decision = ConsentDecision::Limited;
    CHECK(consent.validationError().contains(QStringLiteral("begränsat")));
    consent.limitation = QStringLiteral("Bara vårdcentralen");
    CHECK(consent.validationError().isEmpty());
    CHECK(samordningConsentProblem(&consent, QDate(2026, 3, 1)).isEmpty());
    consent.givenBy = ConsentGivenBy::Representative;
    CHECK_FALSE(consent.validationError().isEmpty());
}
