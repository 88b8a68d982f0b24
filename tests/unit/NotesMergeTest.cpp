#include <catch2/catch.hpp>

#include "domain/NotesMerge.h"

using tf::mergeNotes;

TEST_CASE("concurrent typing in one notes field is merged without losing text", "[minutes]")
{
    // Both started the same empty field.
    CHECK(mergeNotes(
              {}, QStringLiteral("Greta har ont i höften."), QStringLiteral("Läkaren kontaktas."))
        == QStringLiteral("Greta har ont i höften.\nLäkaren kontaktas."));
    // Both added to what was saved: their addition, then mine.
    CHECK(mergeNotes(QStringLiteral("Fall i natt."), QStringLiteral("Fall i natt. Inga skador."),
              QStringLiteral("Fall i natt. Larmet fungerade."))
        == QStringLiteral("Fall i natt. Inga skador.\nLarmet fungerade."));
    // One rewrote the text: both whole texts stay.
    CHECK(mergeNotes(QStringLiteral("Äter dåligt."), QStringLiteral("Äter bättre nu."),
              QStringLiteral("Äter dåligt. Vägs varje vecka."))
        == QStringLiteral("Äter bättre nu.\nÄter dåligt. Vägs varje vecka."));
    // Nothing new on one side.
    CHECK(mergeNotes(QStringLiteral("A"), QStringLiteral("A B"), QStringLiteral("A"))
        == QStringLiteral("A B"));
    CHECK(mergeNotes(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A C"))
        == QStringLiteral("A C"));
}
