#pragma once

#include "domain/Meeting.h"

#include <QList>

namespace tf {

class Workspace;

// The expected participants of one meeting, changed one row at a time,
// each change one transaction recorded for the signed-in person.
class MeetingParticipants
{
public:
    explicit MeetingParticipants(Workspace &workspace);

    QList<Participant> of(qint64 meetingId);
    // Adds the person or saves the change to the version read; returns the
    // stored version. Throws StorageError::Kind::Conflict when the row
    // changed since it was read or someone else added the person first,
    // and Kind::Refused for a substitute who is called to the meeting
    // themselves.
    int save(const Participant &participant);
    void remove(qint64 meetingId, qint64 personId);

private:
    Workspace &m_workspace;
};

} // namespace tf
