// Which staff a client's nurse, occupational therapist and physiotherapist
// are chosen among, however the profession is written.
#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "domain/Professions.h"

using namespace tf;

namespace {
Person withProfession(const QString &profession, const QString &role = QString())
{
    Person person;
    person.profession = profession;
    person.role = role;
    return person;
}
} // namespace

TEST_CASE("a nurse is told from an undersköterska however the profession is written", "[unit]")
{
    CHECK(practises(withProfession(QStringLiteral("Sjuksköterska")), Clinician::Nurse));
    CHECK(practises(withProfession(QStringLiteral("Demenssjuksköterska")), Clinician::Nurse));
    CHECK(practises(withProfession(QStringLiteral("leg. sjuksköterska")), Clinician::Nurse));
    CHECK(practises(withProfession(QStringLiteral("Distriktssköterska")), Clinician::Nurse));
    CHECK_FALSE(practises(withProfession(QStringLiteral("Undersköterska")), Clinician::Nurse));
    CHECK_FALSE(practises(withProfession(QStringLiteral("Dietist")), Clinician::Nurse));
    // Without a profession the role says it.
    CHECK(practises(withProfession(QString(), QStringLiteral("Sjuksköterska")), Clinician::Nurse));
    CHECK_FALSE(practises(
        withProfession(QStringLiteral("Undersköterska"), QStringLiteral("Ansvarig sjuksköterska")),
        Clinician::Nurse));
}

TEST_CASE("occupational therapists and physiotherapists by their professions", "[unit]")
{
    CHECK(practises(
        withProfession(QStringLiteral("Arbetsterapeut")), Clinician::OccupationalTherapist));
    CHECK_FALSE(practises(
        withProfession(QStringLiteral("Fysioterapeut")), Clinician::OccupationalTherapist));
    CHECK(practises(withProfession(QStringLiteral("Fysioterapeut")), Clinician::Physiotherapist));
    CHECK(practises(withProfession(QStringLiteral("Sjukgymnast")), Clinician::Physiotherapist));
}

TEST_CASE("the professions offered include those the teams meet", "[unit]")
{
    for (const char *profession :
        {"Dietist", "Demenssjuksköterska", "Biståndshandläggare", "Läkare", "Arbetsterapeut"})
        CHECK(knownProfessions().contains(QString::fromUtf8(profession)));
}
