#include "domain/Professions.h"

#include "domain/Person.h"

namespace tf {

const QStringList &knownProfessions()
{
    static const QStringList list
        = {QStringLiteral("Undersköterska"), QStringLiteral("Vårdbiträde"),
            QStringLiteral("Sjuksköterska"), QStringLiteral("Distriktssköterska"),
            QStringLiteral("Specialistsjuksköterska"), QStringLiteral("Demenssjuksköterska"),
            QStringLiteral("Arbetsterapeut"), QStringLiteral("Fysioterapeut"),
            QStringLiteral("Sjukgymnast"), QStringLiteral("Stödassistent"),
            QStringLiteral("Stödpedagog"), QStringLiteral("Boendestödjare"),
            QStringLiteral("Personlig assistent"), QStringLiteral("Omsorgsassistent"),
            QStringLiteral("Enhetschef"), QStringLiteral("Verksamhetschef"),
            QStringLiteral("Planerare"), QStringLiteral("Samordnare"), QStringLiteral("Dietist"),
            QStringLiteral("Läkare"), QStringLiteral("Biståndshandläggare"),
            QStringLiteral("Kurator"), QStringLiteral("Aktivitetssamordnare"),
            QStringLiteral("Medicinskt ansvarig sjuksköterska")};
    return list;
}

bool practises(const Person &person, Clinician clinician)
{
    const QString text = (person.profession.isEmpty() ? person.role : person.profession).toLower();
    switch (clinician) {
    case Clinician::Nurse:
        // "sköterska" alone would take in the undersköterska.
        return text.contains(QStringLiteral("sjuksköterska"))
            || text.contains(QStringLiteral("distriktssköterska"));
    case Clinician::OccupationalTherapist:
        return text.contains(QStringLiteral("arbetsterapeut"));
    case Clinician::Physiotherapist:
        return text.contains(QStringLiteral("fysioterapeut"))
            || text.contains(QStringLiteral("sjukgymnast"));
    }
    return false;
}

} // namespace tf
