#pragma once

#include "domain/Meeting.h"

#include <QString>

namespace tf {

// A client, or a relative of theirs, invited to a meeting (seed 000: "Vid
// forum där det är möjligt bjuds kund/patient in"). No login and no staff
// row: the guest is named in the kallelse and the attendance only. The
// relative's name and relation are the client's data.
struct MeetingGuest
{
    qint64 id = 0;
    int version = 0; // as read; 0 for a guest not yet stored
    qint64 meetingId = 0;
    qint64 clientId = 0;
    QString relativeName; // empty: the client themself
    QString relation; // the relative's relation to the client, e.g. "dotter"
    Attendance attendance = Attendance::Expected; // never SubstitutePresent

    bool isClient() const { return relativeName.isEmpty(); }
};

// How the kallelse and the attendance name the guest, in Swedish:
// "Greta Gran (kund)", "Anna Gran (dotter till Greta Gran)", "Anna Gran
// (anhörig till Greta Gran)".
QString meetingGuestLabel(const MeetingGuest &guest, const QString &clientName);

} // namespace tf
