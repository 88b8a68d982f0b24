#pragma once

#include "domain/Meeting.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// Who came to a meeting and who keeps its minutes, as the secretary records
// them. Each change is one transaction, made to the version the user saw.
class MeetingAttendance
{
public:
    explicit MeetingAttendance(Workspace &workspace);

    QList<Participant> participants(qint64 meetingId);
    // What meeting mode's attendance shows, read together (one round trip on
    // PostgreSQL): the participants, the person of each (in the same order)
    // and those standing in for one. The staff who may stand in are read
    // when a substitute is to be chosen (mayStandIn): the whole
    // organisation's, which a region counts in tens of thousands, is not
    // read to open a meeting.
    struct AttendanceRead
    {
        QList<Participant> participants;
        QList<Person> people;
        QList<Person> substitutes;
    };
    AttendanceRead readAttendance(qint64 meetingId);
    // The same with the batch's other reads.
    Later<AttendanceRead> readAttendance(ReadBatch &batch, qint64 meetingId);
    // The staff who still work on the meeting's day, by name: who may stand
    // in for a participant.
    QList<Person> mayStandIn(const Meeting &meeting);
    // Saves the change to participant.version; returns the new version.
    int change(const Participant &participant);
    // Several participants at once ("everyone present"), one transaction:
    // all are saved or none.
    void changeAll(const QList<Participant> &participants);
    // Undo and redo: writes target over the stored row, but only while that
    // row is still as `expected` says; someone else's later change is a
    // conflict, never overwritten.
    void restore(const Participant &target, const Participant &expected);
    // The same for several participants in one transaction; targets and
    // expected pair by position.
    void restoreAll(const QList<Participant> &targets, const QList<Participant> &expected);
    // Names the secretary; returns the meeting as stored.
    Meeting appointSecretary(qint64 meetingId, qint64 personId);

private:
    Workspace &m_workspace;
};

} // namespace tf
