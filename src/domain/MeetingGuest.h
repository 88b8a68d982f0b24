#pragma once

#include "domain/ExternalPerson.h"
#include "domain/Meeting.h"

#include <QString>

namespace tf {

// A client, or a relative of theirs, invited to a meeting (seed 000: "Vid
// forum där det är möjligt bjuds kund/patient in"), or an external
// participant from another organisation (seed 001: the health centre's
// distriktssköterska or doctor at a samordningsmöte). No login and no staff
// row: the guest is named in the kallelse, the attendance and the minutes.
// The relative's name and relation are the client's data; an external
// participant's row is meeting_external, their person the unit's register.
struct MeetingGuest
{
    qint64 id = 0;
    int version = 0; // as read; 0 for a guest not yet stored
    qint64 meetingId = 0;
    qint64 clientId = 0; // 0 for an external participant
    QString relativeName; // empty: the client themself
    QString relation; // the relative's relation to the client, e.g. "dotter"
    Attendance attendance = Attendance::Expected; // never SubstitutePresent
    ExternalPerson external; // id 0 unless an external participant

    bool isExternal() const { return external.id != 0; }
    bool isClient() const { return !isExternal() && relativeName.isEmpty(); }
};

// How the kallelse and the attendance name the guest, in Swedish:
// "Greta Gran (kund)", "Anna Gran (dotter till Greta Gran)", "Anna Gran
// (anhörig till Greta Gran)"; an external participant as
// externalPersonLabel says.
QString meetingGuestLabel(const MeetingGuest &guest, const QString &clientName);

} // namespace tf
