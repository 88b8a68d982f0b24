#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

namespace tf {

// Colours that say something (late, missing, a holiday, a meeting day),
// taken from the palette in use, so that they stay readable when the
// desktop has a dark or a high-contrast palette.

// The contrast ratio of two colours by WCAG 2: 1 (none) to 21 (black on
// white). Text needs 4.5.
double contrastRatio(const QColor &a, const QColor &b);

// Whether the palette's window is dark (a dark desktop theme).
bool isDarkPalette(const QPalette &palette);

// Red for text that asks for attention: dark red on a light background,
// light red on a dark one; the palette's own text colour where neither
// reaches 4.5:1 against the background role.
QColor attentionText(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

// A background that marks a cell (a day with meetings): the palette's
// highlight mixed into its base, light or dark as the base is, so that the
// palette's text stays readable on it.
QColor markedBackground(const QPalette &palette);

// Shows the label's text in the attention colour against the window.
void showAsAttention(QLabel *label);

} // namespace tf
