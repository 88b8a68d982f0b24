#include "services/minutes/MeetingModeRead.h"

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ReadBatch.h"

namespace tf {

MeetingModeRead readMeetingMode(Workspace &workspace, qint64 meetingId, const QDate &choicesDay)
{
    MeetingMinutes minutes(workspace);
    ReadBatch batch(workspace.database());
    auto meeting = minutes.meeting(batch, meetingId);
    auto attendance = MeetingAttendance(workspace).readAttendance(batch, meetingId);
    auto guests = MeetingGuests(workspace).of(batch, meetingId, AccessPurpose::MeetingMode);
    auto pages = readMinutesPages(batch, workspace, meetingId, AccessPurpose::MeetingMode);
    auto closing = minutes.readClosing(batch, meetingId, choicesDay);
    auto followUps = ActionList(workspace).followUpsShown(batch, meetingId, meeting);
    batch.exec();
    MeetingModeRead read;
    read.meeting = meeting.take();
    read.attendance = attendance.take();
    read.guests = guests.take();
    read.pages = pages.take();
    read.closing = closing.take();
    read.followUps = followUps.take();
    return read;
}

} // namespace tf
