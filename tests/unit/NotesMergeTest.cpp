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

TEST_CASE("only concurrent additions are merged without asking the writer", "[minutes]")
{
    using tf::notesMergeWithoutChoice;
    CHECK(notesMergeWithoutChoice({}, QStringLiteral("Greta"), QStringLiteral("Läkaren")));
    CHECK(notesMergeWithoutChoice(QStringLiteral("Fall i natt."),
        QStringLiteral("Fall i natt. Inga skador."), QStringLiteral("Fall i natt. Larmet.")));
    CHECK(notesMergeWithoutChoice(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B")));
    CHECK(notesMergeWithoutChoice(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")));
    // One rewrote what the other had: the writer chooses.
    CHECK_FALSE(notesMergeWithoutChoice(QStringLiteral("Äter dåligt."),
        QStringLiteral("Äter bättre nu."), QStringLiteral("Äter dåligt. Vägs varje vecka.")));
    CHECK_FALSE(notesMergeWithoutChoice(QStringLiteral("Fall i natt."),
        QStringLiteral("Fall i natt. Inga skador."), QStringLiteral("Föll i natt.")));
}
