#pragma once

#include <QString>

namespace tf {

// Joins two people's concurrent typing in one notes field so that nothing
// either wrote is lost. `base` is the text both started from (what this
// writer last saved), `theirs` what is stored now, `mine` what this writer
// has typed. When both only added to the base, their additions come first
// and mine follow on a new line; otherwise both whole texts are kept, theirs
// first. The writer then reads the field and removes what should not stay.
QString mergeNotes(const QString &base, const QString &theirs, const QString &mine);

// Whether mergeNotes joins the two without a choice to make: one side
// changed nothing, or both only added to the base (an empty base included).
// Otherwise one changed what the other had, and the writer decides.
bool notesMergeWithoutChoice(const QString &base, const QString &theirs, const QString &mine);

} // namespace tf
