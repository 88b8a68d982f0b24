#include "domain/Compliance.h"

#include "domain/Recurrence.h"

namespace tf {

std::optional<double> RoleAttendance::rate() const
{
    if (present + absent == 0)
        return std::nullopt;
    return double(present) / double(present + absent);
}

std::optional<double> ForumCompliance::attendanceRate() const
{
    RoleAttendance all;
    for (const RoleAttendance &role : attendance) {
        all.present += role.present;
        all.absent += role.absent;
    }
    return all.rate();
}

int expectedMeetings(
    const ForumTemplate &forum, const QDate &firstEver, const QDate &from, const QDate &to)
{
    if (forum.onDemand || !firstEver.isValid() || !from.isValid() || to < from)
        return 0;
    const RecurrenceRule rule = RecurrenceRule::forSeries(forum.rrule, firstEver);
    return int(rule.dates(firstEver, from, to).size()) * qMax(1, forum.timesPerDay);
}

std::optional<std::pair<QDate, QDate>> forumRan(
    int year, const QDate &asOf, const QDate &firstEver, const QDate &lastEver)
{
    if (!firstEver.isValid() || !lastEver.isValid())
        return std::nullopt;
    const QDate from = qMax(QDate(year, 1, 1), firstEver);
    const QDate to = qMin(qMin(QDate(year, 12, 31), asOf), lastEver);
    if (to < from)
        return std::nullopt;
    return std::make_pair(from, to);
}

bool approvedWithinWeek(const QDateTime &startUtc, const QDateTime &approvedUtc)
{
    return startUtc.isValid() && approvedUtc.isValid() && approvedUtc <= startUtc.addDays(7);
}

QString percentLabel(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1 %").arg(qRound(*share * 100)) : QStringLiteral("–");
}

QDate reportDay(int year, const QDate &today)
{
    const QDate end(year, 12, 31);
    return today < end ? today : end;
}

} // namespace tf
