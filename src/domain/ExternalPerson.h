#pragma once

#include <QString>

namespace tf {

// Someone from another organisation who takes part in a unit's meetings:
// the health centre's distriktssköterska, doctor or nurse at a
// samordningsmöte (seed 001). No login and no staff row; kept in the unit's
// register so the chair picks them again instead of typing them.
struct ExternalPerson
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString organisation; // e.g. "Vårdcentralen Norra"
    QString role; // e.g. "distriktssköterska"; may be empty
    QString email; // empty when not known

    // Empty when the person can be saved, else a Swedish message.
    QString validationError() const;
};

// How the kallelse, the attendance and the minutes name them, in Swedish:
// "Karin Berg (distriktssköterska, Vårdcentralen Norra)" (without the role
// when it is empty).
QString externalPersonLabel(const ExternalPerson &person);

} // namespace tf
