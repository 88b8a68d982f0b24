#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tf {

// The genomförandeplan's routine (seed 003, seed 004): the planeringssamtal
// within 30 days of the start of the insats, the plan written within two
// weeks of the planeringssamtal, and then followed up every six months, or
// every third month where the unit says so.
constexpr int kPlanningTalkDays = 30;
constexpr int kPlanWrittenDays = 14;
constexpr int kDefaultCarePlanFollowUpMonths = 6;
// A step is shown as due this many days before its date.
constexpr int kCarePlanDueSoonDays = 14;

// What happened, as stored in care_plan_event.kind.
enum class CarePlanEventKind { PlanningTalk, PlanWritten, FollowUp, LifeStory };
QString carePlanEventKey(CarePlanEventKind kind);
std::optional<CarePlanEventKind> carePlanEventFromKey(const QString &key);
QStringList carePlanEventKeys();
// "Planeringssamtal", "Genomförandeplan", "Uppföljning", "Levnadsberättelse".
QString carePlanEventLabel(CarePlanEventKind kind);

// One thing recorded about a client's genomförandeplan.
struct CarePlanEvent
{
    qint64 id = 0;
    qint64 clientId = 0;
    CarePlanEventKind kind = CarePlanEventKind::PlanningTalk;
    QDate occurredOn;
    bool done = true; // false only for a levnadsberättelse noted as not done
    QDateTime recordedUtc;
    qint64 recordedById = 0;
};

// The unit's follow-up interval: 3 or 6 months; anything else is 6.
int carePlanFollowUpMonths(const std::optional<int> &unitMonths);
bool isCarePlanFollowUpMonths(int months);

enum class CarePlanState {
    NoStart, // the insats has no start date: nothing can be due
    Planned, // the next step is more than two weeks away
    Due, // the next step is within two weeks, or today
    Overdue, // the next step's date has passed
};
QString carePlanStateKey(CarePlanState state); // no_start, planned, due, overdue
QString carePlanStateLabel(CarePlanState state); // Swedish

// What is recorded for a client. Events before the insats started do not
// count (an earlier insats's plan is not this one's).
struct CarePlanFacts
{
    QDate insatsStart;
    std::optional<QDate> planningTalkOn; // the latest held
    std::optional<QDate> planWrittenOn; // the latest written
    std::optional<QDate> lastFollowUpOn; // the latest follow-up
    bool lifeStoryDone = false;
    int followUpMonths = kDefaultCarePlanFollowUpMonths;
};

struct CarePlanStatus
{
    CarePlanState state = CarePlanState::NoStart;
    CarePlanEventKind next = CarePlanEventKind::PlanningTalk; // the step to do next
    QDate nextDueOn; // when it is (or was) due
    QDate planningTalkDueOn;
    QDate planDueOn;
    bool lifeStoryDone = false;
};

// The client's plan on `onDate`: the planeringssamtal is due on the insats
// start + 30 days; the plan on the planeringssamtal (held, else its due date)
// + 14 days; each follow-up on the plan (or the latest follow-up after it)
// + the interval in calendar months (31 August + 6 months is the last of
// February). A step is overdue from the day after its date.
CarePlanStatus carePlanStatus(const CarePlanFacts &facts, const QDate &onDate);
// As the lists show it, in Swedish: "Försenad: planeringssamtal senast
// 2026-03-31", or why nothing is due.
QString carePlanSummary(const CarePlanStatus &status);

} // namespace tf
