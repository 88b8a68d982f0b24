#include "domain/care/RiskDue.h"

#include <algorithm>

namespace tf {

QString riskDueStateKey(RiskDueState state)
{
    switch (state) {
    case RiskDueState::Current:
        return QStringLiteral("current");
    case RiskDueState::OutOfDate:
        return QStringLiteral("out_of_date");
    case RiskDueState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

int routineIntervalMonths(int verksamhetMonths, const std::optional<int> &teamMonths)
{
    return teamMonths ? std::min(*teamMonths, verksamhetMonths) : verksamhetMonths;
}

RiskNeed riskNeed(const QString &instrument, const QDate &movedInOn,
    const std::optional<QDate> &lastComplete, int intervalMonths, const QDate &onDate)
{
    RiskNeed need;
    need.instrument = instrument;
    need.intervalMonths = intervalMonths > 0 ? intervalMonths : 12;
    const bool beforeMovingIn = lastComplete && movedInOn.isValid() && *lastComplete < movedInOn;
    if (!lastComplete || beforeMovingIn) {
        need.state = RiskDueState::Missing;
        need.dueOn = movedInOn.isValid() ? movedInOn : onDate;
        if (lastComplete)
            need.lastOn = *lastComplete;
        return need;
    }
    need.lastOn = *lastComplete;
    need.dueOn = lastComplete->addMonths(need.intervalMonths);
    need.state = need.dueOn <= onDate ? RiskDueState::OutOfDate : RiskDueState::Current;
    return need;
}

} // namespace tf
