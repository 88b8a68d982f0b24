#pragma once

#include "domain/Action.h"

#include <QDate>

namespace tf {

// A meeting as the follow-up rule sees it: its forum (the unit's meeting
// template) and its day in Europe/Stockholm.
struct ForumDay
{
    qint64 meetingId = 0;
    qint64 unitId = 0;
    qint64 templateId = 0;
    QDate day;

    bool sameForum(const ForumDay &other) const
    {
        return unitId == other.unitId && templateId == other.templateId;
    }
};

// The date an action is next due back on its forum's agenda: the date a
// recorded follow-up moved it to, else the decision day plus its follow-up
// frequency, else (without a frequency) its due date. Invalid when it has
// none of them: it never comes back by itself.
QDate followUpDate(const Action &action, const QDate &decidedOn);

// The one follow-up rule, for meeting mode and the agenda builder alike: an
// open action comes back at the first meeting of the forum where it was
// decided on or after its follow-up date, and at every later meeting of that
// forum until it is done or cancelled.
bool comesBackAt(const Action &action, const ForumDay &decidedAt, const ForumDay &meeting);

// The next follow-up date once the action was followed up at a meeting on
// `meetingDay`: moved on by its frequency past that day. An action without a
// frequency keeps its date (it comes back until it is closed).
QDate followUpRecorded(const Action &action, const QDate &decidedOn, const QDate &meetingDay);

} // namespace tf
