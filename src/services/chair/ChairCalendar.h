#pragma once

#include "domain/Meeting.h"
#include "domain/StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

class Workspace;

// A meeting as the chair's calendar shows it: its forum and what needs
// the chair's attention.
struct CalendarMeeting
{
    Meeting meeting;
    QString forumName; // empty when the template is gone
    // A person booked at another meeting at the same time (the last one
    // found when several are); empty when nobody is.
    QString doubleBooked;
    // A planned meeting with an adjunct invited later than the lead time.
    bool adjunctInvitedLate = false;
};

// What the chair's calendar shows of a range.
struct ChairCalendar
{
    QList<CalendarMeeting> meetings;
    // Why the unit's series could not be planned as far as asked; the
    // meetings already planned are read all the same.
    std::optional<StorageError> notPlanned;
};

// The unit's meetings in [fromUtc, toUtc) with their double bookings across
// every unit and their late invitations as seen on `today`, in one round
// trip. With planUntil the unit's series are first planned that
// far (SchedulingService::extendWindow), as a unit or range newly shown
// needs: the rolling window stays full.
ChairCalendar readChairCalendar(Workspace &workspace, qint64 unitId, const QDateTime &fromUtc,
    const QDateTime &toUtc, const QDate &today, const QDate &planUntil = QDate());

} // namespace tf
