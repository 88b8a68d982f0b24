#include "services/chair/ChairCalendar.h"

#include "services/Workspace.h"
#include "services/scheduling/SchedulingService.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PersonSet.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitKey.h"

#include <QHash>

namespace tf {

ChairCalendar readChairCalendar(Workspace &workspace, qint64 unitId, const QDateTime &fromUtc,
    const QDateTime &toUtc, const QDate &today, const QDate &planUntil)
{
    ChairCalendar calendar;
    if (unitId <= 0)
        return calendar;
    SchedulingService scheduling(workspace);
    if (planUntil.isValid()) {
        try {
            scheduling.extendWindow(unitId, today, planUntil);
        } catch (const StorageError &error) {
            calendar.notPlanned = error;
        }
    }
    // The meetings, the forums' names, the double bookings with the names
    // of those booked and the late invitations, in one read.
    ReadBatch batch(workspace.database());
    auto meetingsRead = workspace.meetings().byUnit(batch, UnitKey::unit(unitId), fromUtc, toUtc);
    auto forumsRead = workspace.templates().names(batch);
    auto conflictsRead = scheduling.conflicts(batch, unitId, fromUtc, toUtc);
    auto lateRead = scheduling.meetingsWithLateAdjuncts(batch, unitId, fromUtc, toUtc, today);
    auto peopleRead
        = workspace.people().inSet(batch, PersonSet::bookedAtUnit(unitId, fromUtc, toUtc));
    batch.exec();
    const QList<Meeting> &meetings = meetingsRead.get();
    const QHash<qint64, QString> &forumNames = forumsRead.get();
    const QSet<qint64> &late = lateRead.get();
    QHash<qint64, QString> personNames;
    for (const Person &person : peopleRead.get())
        personNames.insert(person.id, person.name);
    QHash<qint64, QString> doubleBooked;
    for (const Conflict &conflict : conflictsRead.get()) {
        for (qint64 id : {conflict.meetingId, conflict.otherMeetingId})
            doubleBooked[id] = personNames.value(conflict.personId);
    }
    QList<CalendarMeeting> &shown = calendar.meetings;
    shown.reserve(meetings.size());
    for (const Meeting &meeting : meetings)
        shown << CalendarMeeting {meeting, forumNames.value(meeting.templateId),
            doubleBooked.value(meeting.id),
            meeting.status == MeetingStatus::Planned && late.contains(meeting.id)};
    return calendar;
}

} // namespace tf
