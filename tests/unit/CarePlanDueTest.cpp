// The genomförandeplan's due dates as pure rules: the planeringssamtal 30
// days after the insats started, the plan 14 days after it, follow-ups every
// six months (or three), overdue from the day after.
#include <catch2/catch.hpp>

#include "domain/care/CarePlanDue.h"

using namespace tf;

namespace {
CarePlanFacts startedOn(const QDate &start)
{
    CarePlanFacts facts;
    facts.insatsStart = start;
    return facts;
}
} // namespace

TEST_CASE("the planeringssamtal is due 30 days after the insats started", "[careplan]")
{
    const CarePlanFacts facts = startedOn(QDate(2026, 3, 1));
    CarePlanStatus status = carePlanStatus(facts, QDate(2026, 3, 2));
    CHECK(status.next == CarePlanEventKind::PlanningTalk);
    CHECK(status.nextDueOn == QDate(2026, 3, 31));
    CHECK(status.planningTalkDueOn == QDate(2026, 3, 31));
    CHECK(status.planDueOn == QDate(2026, 4, 14));
    CHECK(status.state == CarePlanState::Planned);
    // Shown as due two weeks ahead, on the day itself still due.
    CHECK(carePlanStatus(facts, QDate(2026, 3, 16)).state == CarePlanState::Planned);
    CHECK(carePlanStatus(facts, QDate(2026, 3, 17)).state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 3, 30)).state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 3, 31)).state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 4, 1)).state == CarePlanState::Overdue);
    // Across a month end and a leap day.
    CHECK(carePlanStatus(startedOn(QDate(2028, 1, 31)), QDate(2028, 2, 1)).nextDueOn
        == QDate(2028, 3, 1));
    CHECK(carePlanStatus(startedOn(QDate(2027, 1, 31)), QDate(2027, 2, 1)).nextDueOn
        == QDate(2027, 3, 2));
}

TEST_CASE("the plan is due two weeks after the planeringssamtal", "[careplan]")
{
    CarePlanFacts facts = startedOn(QDate(2026, 3, 1));
    facts.planningTalkOn = QDate(2026, 3, 20);
    const CarePlanStatus status = carePlanStatus(facts, QDate(2026, 3, 21));
    CHECK(status.next == CarePlanEventKind::PlanWritten);
    CHECK(status.nextDueOn == QDate(2026, 4, 3));
    CHECK(status.state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 4, 3)).state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 4, 4)).state == CarePlanState::Overdue);
    // Without the planeringssamtal held, two weeks after its due date.
    facts.planningTalkOn.reset();
    CHECK(carePlanStatus(facts, QDate(2026, 3, 21)).planDueOn == QDate(2026, 4, 14));
    // A planeringssamtal of an earlier insats does not count.
    facts.planningTalkOn = QDate(2025, 11, 3);
    CHECK(carePlanStatus(facts, QDate(2026, 3, 21)).next == CarePlanEventKind::PlanningTalk);
}

TEST_CASE("the plan is followed up every six months, or three where the unit says so", "[careplan]")
{
    CarePlanFacts facts = startedOn(QDate(2026, 3, 1));
    facts.planningTalkOn = QDate(2026, 3, 20);
    facts.planWrittenOn = QDate(2026, 3, 31);
    CarePlanStatus status = carePlanStatus(facts, QDate(2026, 4, 1));
    CHECK(status.next == CarePlanEventKind::FollowUp);
    // The last of September + 6 months is the last of March; + 3 the last of June.
    CHECK(status.nextDueOn == QDate(2026, 9, 30));
    CHECK(status.state == CarePlanState::Planned);
    CHECK(carePlanStatus(facts, QDate(2026, 9, 30)).state == CarePlanState::Due);
    CHECK(carePlanStatus(facts, QDate(2026, 10, 1)).state == CarePlanState::Overdue);
    facts.followUpMonths = 3;
    CHECK(carePlanStatus(facts, QDate(2026, 4, 1)).nextDueOn == QDate(2026, 6, 30));
    // From the latest follow-up; 31 August + 6 months is the end of February.
    facts.followUpMonths = 6;
    facts.lastFollowUpOn = QDate(2026, 8, 31);
    CHECK(carePlanStatus(facts, QDate(2026, 9, 1)).nextDueOn == QDate(2027, 2, 28));
    CHECK(carePlanStatus(facts, QDate(2027, 3, 1)).state == CarePlanState::Overdue);
    facts.lastFollowUpOn = QDate(2027, 8, 31);
    CHECK(carePlanStatus(facts, QDate(2027, 9, 1)).nextDueOn == QDate(2028, 2, 29));
    // A follow-up before the plan was written does not move the date.
    facts.lastFollowUpOn = QDate(2026, 3, 25);
    CHECK(carePlanStatus(facts, QDate(2026, 4, 1)).nextDueOn == QDate(2026, 9, 30));
    // Any other interval than 3 or 6 is 6.
    CHECK(carePlanFollowUpMonths(4) == 6);
    CHECK(carePlanFollowUpMonths(3) == 3);
    CHECK(carePlanFollowUpMonths(std::nullopt) == 6);
}

TEST_CASE("without the insats's start nothing is due, and the life story is carried", "[careplan]")
{
    CarePlanFacts facts;
    facts.lifeStoryDone = true;
    CarePlanStatus status = carePlanStatus(facts, QDate(2026, 4, 1));
    CHECK(status.state == CarePlanState::NoStart);
    CHECK(carePlanStateLabel(status.state) == QStringLiteral("Insatsens startdatum saknas"));
    facts.insatsStart = QDate(2026, 3, 1);
    status = carePlanStatus(facts, QDate(2026, 4, 1));
    CHECK(status.lifeStoryDone);
    CHECK(status.state == CarePlanState::Overdue);
    CHECK(carePlanStateKey(status.state) == QStringLiteral("overdue"));
    CHECK(
        carePlanEventFromKey(QStringLiteral("genomforandeplan")) == CarePlanEventKind::PlanWritten);
    CHECK_FALSE(carePlanEventFromKey(QStringLiteral("plan")).has_value());
}
