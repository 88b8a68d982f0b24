#pragma once

#include "domain/AccessLogEntry.h"
#include "domain/MeetingGuest.h"

#include <QList>

namespace tf {

class ReadBatch;
class Workspace;
template <typename T> class Later;

// A guest with the name of the client they come for.
struct NamedGuest
{
    MeetingGuest guest;
    QString clientName;
    QString label; // meetingGuestLabel
};

// The client, or a named relative, invited to a meeting of the client's
// unit: in the participant list, the kallelse and the attendance; no login.
// of() and setAttendance() take the external participants too
// (ExternalParticipants invites them).
// Each change is one transaction by the workspace's person; reading the
// guests records the read of their clients in the access log with the
// caller's purpose and the meeting. Throws StorageError with a Swedish
// message; the database refuses changes to locked minutes.
class MeetingGuests
{
public:
    explicit MeetingGuests(Workspace &workspace);

    // Invites the client (relativeName empty) or the named relative.
    // Refused: a cancelled meeting, a client of another unit or whose insats
    // ended before the meeting; a conflict when already invited.
    MeetingGuest invite(qint64 meetingId, qint64 clientId, const QString &relativeName = {},
        const QString &relation = {});
    QList<NamedGuest> of(qint64 meetingId, AccessPurpose purpose);
    // The same with the batch's other reads (and logged as they are read).
    Later<QList<NamedGuest>> of(ReadBatch &batch, qint64 meetingId, AccessPurpose purpose);
    // Present, absent or expected (a guest has no substitute). Returns the
    // new version; a conflict when the guest changed since it was read.
    int setAttendance(const MeetingGuest &guest, Attendance attendance);
    void remove(qint64 guestId);

private:
    Workspace &m_workspace;
};

} // namespace tf
