#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tf {

enum class RiskDueState {
    Current, // a complete assessment is valid on the date
    Missing, // never assessed since moving in
    OutOfDate, // the last assessment is older than the interval
};
QString riskDueStateKey(RiskDueState state);

struct RiskNeed
{
    QString instrument;
    RiskDueState state = RiskDueState::Missing;
    QDate lastOn; // the last complete assessment, if any
    QDate dueOn; // when the next one is (or was) due
    int intervalMonths = 12;
};

// The interval a client's assessments follow: the verksamhet's, or the
// team's when the team decided a shorter one for the client.
int routineIntervalMonths(int verksamhetMonths, const std::optional<int> &teamMonths);

// The routine: an assessment at moving in, then every intervalMonths (yearly
// by default, more often when the team decided). An assessment from before
// the client moved in does not count. `onDate` is usually the meeting's date.
RiskNeed riskNeed(const QString &instrument, const QDate &movedInOn,
    const std::optional<QDate> &lastComplete, int intervalMonths, const QDate &onDate);

} // namespace tf
