#pragma once

#include <QStringList>

class QWidget;

namespace tf::test {

// Presses Tab in the shown, active window from its focus widget (the first
// in its focus chain when none) until focus comes back to where it began,
// and returns one line per problem; empty when none:
// - a stop that is no interactive widget or has no name (spokenName);
// - a trap: Tab leaves focus on the same widget, or a round ends without
//   coming back after twice as many presses as the window has stops;
// - a visible, enabled widget that takes Tab focus but is never reached.
// Radio buttons are left out of the last check: Tab reaches a group's
// checked button only, the arrow keys the others.
QStringList tabWalkProblems(QWidget *window);

} // namespace tf::test
