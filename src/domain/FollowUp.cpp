#include "domain/FollowUp.h"

namespace tf {

QDate followUpDate(const Action &action, const QDate &decidedOn)
{
    if (action.nextFollowUpDate.isValid())
        return action.nextFollowUpDate;
    const QDate byFrequency = action.nextFollowUp(decidedOn);
    return byFrequency.isValid() ? byFrequency : action.dueDate;
}

bool comesBackAt(const Action &action, const ForumDay &decidedAt, const ForumDay &meeting)
{
    if (action.status != ActionStatus::Open || !decidedAt.day.isValid() || !meeting.day.isValid())
        return false;
    if (meeting.meetingId == decidedAt.meetingId || !meeting.sameForum(decidedAt))
        return false;
    if (meeting.day <= decidedAt.day)
        return false; // not at the deciding meeting's day or before it
    const QDate due = followUpDate(action, decidedAt.day);
    return due.isValid() && due <= meeting.day;
}

QDate followUpRecorded(const Action &action, const QDate &decidedOn, const QDate &meetingDay)
{
    const QDate due = followUpDate(action, decidedOn);
    if (action.followUpDays <= 0 || !due.isValid() || !meetingDay.isValid())
        return due;
    if (due > meetingDay)
        return due; // followed up early: the next date stands
    const qint64 periods = due.daysTo(meetingDay) / action.followUpDays + 1;
    return due.addDays(periods * action.followUpDays);
}

} // namespace tf
