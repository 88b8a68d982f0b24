#pragma once

#include <QStringList>

namespace tf {

struct Person;

// The professions of municipal care staff and of those they work with
// (health centre, biståndsenhet), in their Swedish spelling: offered where
// a profession is chosen and accepted by the import. A profession already
// stored for someone is valid too; the list is not a closed set.
const QStringList &knownProfessions();

// The clinicians a client has by name (omvårdnadsansvarig sjuksköterska,
// arbetsterapeut, fysioterapeut).
enum class Clinician { Nurse, OccupationalTherapist, Physiotherapist };

// Whether the person's profession (or, when none is given, role) is one of
// the clinician's, however it is written: "Demenssjuksköterska" and
// "Leg. sjuksköterska" are nurses, an undersköterska is not.
bool practises(const Person &person, Clinician clinician);

} // namespace tf
