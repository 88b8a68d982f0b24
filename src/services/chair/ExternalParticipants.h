#pragma once

#include "domain/ExternalPerson.h"

#include <QList>

namespace tf {

class Workspace;

// The health centre's staff and other people from outside the municipality
// who take part in a unit's meetings (seed 001: distriktssköterska, the
// health centre's nurse, the doctor "utifrån patientens behov"). Kept in the
// unit's register so the chair picks them again for each meeting; a
// series' external participants are invited to each of its occurrences.
// They are read with the guests (MeetingGuests::of) for the kallelse, the
// attendance and the minutes. Each change is one transaction by the
// workspace's person; throws StorageError with a Swedish message, and the
// database refuses changes to locked minutes.
class ExternalParticipants
{
public:
    explicit ExternalParticipants(Workspace &workspace);

    // Adds a person to the unit's register (validated; a person of the same
    // name and organisation already there is returned instead).
    ExternalPerson add(ExternalPerson person);
    QList<ExternalPerson> registerOf(qint64 unitId);
    QList<ExternalPerson> ofSeries(qint64 seriesId);

    // Invites the person to the meeting, and with `wholeSeries` to the
    // meeting's series: every coming occurrence from this one on that is
    // not cancelled or locked, and those generated later. Refused: a
    // cancelled meeting, a person of another unit's register, a meeting
    // already held with `wholeSeries` for a meeting without series.
    void invite(qint64 meetingId, qint64 externalId, bool wholeSeries);
    // Adds the person to the register of the meeting's unit (see add()) and
    // invites them (see invite()) in one transaction; returns them as stored.
    ExternalPerson addAndInvite(qint64 meetingId, ExternalPerson person, bool wholeSeries);
    // Takes the person off the meeting, and with `wholeSeries` off the
    // series and its coming occurrences from this one on. A person who
    // leads the meeting is refused until another leader is chosen.
    void remove(qint64 meetingId, qint64 externalId, bool wholeSeries);

private:
    Workspace &m_workspace;
};

} // namespace tf
