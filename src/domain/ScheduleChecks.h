#pragma once

#include "domain/Action.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace tf {

// A person's place in one meeting, for conflict detection.
struct Booking
{
    qint64 meetingId = 0;
    qint64 personId = 0;
    QDateTime startUtc;
    int minutes = 0;
};

struct Conflict
{
    qint64 personId = 0;
    qint64 meetingId = 0;
    qint64 otherMeetingId = 0;
};

class ScheduleChecks
{
public:
    // Pairs of meetings that overlap in time for the same person; meetings
    // that merely touch (one ends when the next starts) do not conflict.
    static QList<Conflict> conflicts(QList<Booking> bookings);

    // An adjunct must be invited at least `leadDays` before the meeting.
    // Late when invited after that day, or not invited and that day is past.
    static bool invitedTooLate(
        const QDate &invitedOn, const QDate &meetingDate, int leadDays, const QDate &today);
};

} // namespace tf
