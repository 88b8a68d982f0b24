#pragma once

#include <QPalette>
#include <QString>

namespace tf::test {

// The palettes a desktop may give the program besides the light one: a dark
// theme's, and a high-contrast one (white text on black, yellow marks), as
// GNOME's and KDE's are made.
QPalette darkPalette();
QPalette highContrastPalette();

// Sets the palette on the application for the scope (and with it on every
// widget made in it), and the earlier one back at its end.
class PaletteForScope
{
public:
    explicit PaletteForScope(const QPalette &palette);
    ~PaletteForScope();
    PaletteForScope(const PaletteForScope &) = delete;
    PaletteForScope &operator=(const PaletteForScope &) = delete;

private:
    QPalette m_before;
};

// The palettes by name ("dark", "high-contrast") for the tests that walk
// each of them.
struct NamedPalette
{
    QString name;
    QPalette palette;
};
QList<NamedPalette> otherPalettes();

} // namespace tf::test
