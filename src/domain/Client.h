#pragma once

#include <QString>

namespace tf {

// The person cared for: kund, patient or brukare.
struct Client
{
    qint64 id = 0;
    int version = 0;
    QString uuid;
    qint64 unitId = 0;
    QString personnummer; // normalized YYYYMMDD-NNNN
    QString name;
    QString apartment; // lägenhet or address
    qint64 contactPersonId = 0; // fast omsorgskontakt
    qint64 nurseId = 0;
    qint64 occupationalTherapistId = 0;
    qint64 physiotherapistId = 0;
    int priority = 0; // ordinärt boende: greatest need first
};

} // namespace tf
