#include "domain/care/CarePlanDue.h"

namespace tf {

namespace {
struct KindKey
{
    CarePlanEventKind kind;
    const char *key;
    const char *label;
};

const KindKey kKinds[] = {
    {CarePlanEventKind::PlanningTalk, "planeringssamtal", "Planeringssamtal"},
    {CarePlanEventKind::PlanWritten, "genomforandeplan", "Genomförandeplan"},
    {CarePlanEventKind::FollowUp, "uppfoljning", "Uppföljning"},
    {CarePlanEventKind::LifeStory, "levnadsberattelse", "Levnadsberättelse"},
};

// The date if it counts for an insats that started on `start`.
std::optional<QDate> since(const std::optional<QDate> &date, const QDate &start)
{
    if (date && date->isValid() && *date >= start)
        return date;
    return std::nullopt;
}
} // namespace

QString carePlanEventKey(CarePlanEventKind kind)
{
    for (const KindKey &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<CarePlanEventKind> carePlanEventFromKey(const QString &key)
{
    for (const KindKey &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QStringList carePlanEventKeys()
{
    QStringList keys;
    for (const KindKey &k : kKinds)
        keys << QString::fromLatin1(k.key);
    return keys;
}

QString carePlanEventLabel(CarePlanEventKind kind)
{
    for (const KindKey &k : kKinds) {
        if (k.kind == kind)
            return QString::fromUtf8(k.label);
    }
    return {};
}

bool isCarePlanFollowUpMonths(int months)
{
    return months == 3 || months == 6;
}

int carePlanFollowUpMonths(const std::optional<int> &unitMonths)
{
    return unitMonths && isCarePlanFollowUpMonths(*unitMonths) ? *unitMonths
                                                               : kDefaultCarePlanFollowUpMonths;
}

QString carePlanStateKey(CarePlanState state)
{
    switch (state) {
    case CarePlanState::Planned:
        return QStringLiteral("planned");
    case CarePlanState::Due:
        return QStringLiteral("due");
    case CarePlanState::Overdue:
        return QStringLiteral("overdue");
    case CarePlanState::NoStart:
        break;
    }
    return QStringLiteral("no_start");
}

QString carePlanStateLabel(CarePlanState state)
{
    switch (state) {
    case CarePlanState::Planned:
        return QStringLiteral("I tid");
    case CarePlanState::Due:
        return QStringLiteral("Dags");
    case CarePlanState::Overdue:
        return QStringLiteral("Försenad");
    case CarePlanState::NoStart:
        break;
    }
    return QStringLiteral("Insatsens startdatum saknas");
}

QString carePlanSummary(const CarePlanStatus &status)
{
    if (status.state == CarePlanState::NoStart)
        return carePlanStateLabel(status.state);
    return QStringLiteral("%1: %2 senast %3")
        .arg(carePlanStateLabel(status.state), carePlanEventLabel(status.next).toLower(),
            status.nextDueOn.toString(Qt::ISODate));
}

CarePlanStatus carePlanStatus(const CarePlanFacts &facts, const QDate &onDate)
{
    CarePlanStatus status;
    const QDate start = facts.insatsStart;
    if (!start.isValid())
        return status;
    status.lifeStoryDone = facts.lifeStoryDone;
    const auto talk = since(facts.planningTalkOn, start);
    const auto plan = since(facts.planWrittenOn, start);
    status.planningTalkDueOn = start.addDays(kPlanningTalkDays);
    status.planDueOn = (talk ? *talk : status.planningTalkDueOn).addDays(kPlanWrittenDays);
    if (!talk && !plan) {
        status.next = CarePlanEventKind::PlanningTalk;
        status.nextDueOn = status.planningTalkDueOn;
    } else if (!plan) {
        status.next = CarePlanEventKind::PlanWritten;
        status.nextDueOn = status.planDueOn;
    } else {
        const auto followUp = since(facts.lastFollowUpOn, *plan);
        const int months = carePlanFollowUpMonths(facts.followUpMonths);
        status.next = CarePlanEventKind::FollowUp;
        status.nextDueOn = (followUp ? *followUp : *plan).addMonths(months);
    }
    if (onDate > status.nextDueOn)
        status.state = CarePlanState::Overdue;
    else if (onDate.daysTo(status.nextDueOn) <= kCarePlanDueSoonDays)
        status.state = CarePlanState::Due;
    else
        status.state = CarePlanState::Planned;
    return status;
}

} // namespace tf
