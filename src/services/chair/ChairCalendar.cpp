#include "services/chair/ChairCalendar.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/chair/ChairMeetings.h"
#include "services/scheduling/SchedulingService.h"

#include <QHash>

namespace tf {

ChairCalendar readChairCalendar(Workspace &workspace, qint64 unitId, const QDateTime &fromUtc,
    const QDateTime &toUtc, const QDate &today, const QDate &planUntil)
{
    ChairCalendar calendar;
    if (unitId <= 0)
        return calendar;
    if (planUntil.isValid()) {
        try {
            SchedulingService(workspace).extendWindow(unitId, today, planUntil);
        } catch (const StorageError &error) {
            calendar.notPlanned = error;
        }
    }
    const QList<Meeting> meetings = ChairMeetings(workspace).meetingsOf(unitId, fromUtc, toUtc);
    const QHash<qint64, QString> forumNames = workspace.directory().templateNames();
    const SchedulingService::CalendarMarks marks
        = SchedulingService(workspace).calendarMarks(unitId, fromUtc, toUtc, today);
    QHash<qint64, QString> personNames; // one read per double-booked person
    QHash<qint64, QString> doubleBooked;
    for (const Conflict &conflict : marks.conflicts) {
        auto name = personNames.find(conflict.personId);
        if (name == personNames.end()) {
            const auto person = workspace.directory().person(conflict.personId);
            name = personNames.insert(conflict.personId, person ? person->name : QString());
        }
        for (qint64 id : {conflict.meetingId, conflict.otherMeetingId})
            doubleBooked[id] = *name;
    }
    QList<CalendarMeeting> &shown = calendar.meetings;
    shown.reserve(meetings.size());
    for (const Meeting &meeting : meetings)
        shown << CalendarMeeting {meeting, forumNames.value(meeting.templateId),
            doubleBooked.value(meeting.id),
            meeting.status == MeetingStatus::Planned
                && marks.meetingsWithLateAdjuncts.contains(meeting.id)};
    return calendar;
}

} // namespace tf
