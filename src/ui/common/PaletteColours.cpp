#include "ui/common/PaletteColours.h"

#include <QLabel>

#include <algorithm>
#include <cmath>

namespace tf {

namespace {
double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

bool isDark(const QColor &colour)
{
    return luminance(colour) < 0.18; // about the middle grey in contrast terms
}

QColor mixed(const QColor &a, const QColor &b, double share)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() * (1 - share) + y.redF() * share),
        static_cast<float>(x.greenF() * (1 - share) + y.greenF() * share),
        static_cast<float>(x.blueF() * (1 - share) + y.blueF() * share));
}

const double kReadable = 4.5;
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette &palette)
{
    return isDark(palette.color(QPalette::Window));
}

QColor attentionText(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    const QColor red = isDark(behind) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa0, 0x10, 0x10);
    if (contrastRatio(red, behind) >= kReadable)
        return red;
    return palette.color(background == QPalette::Window ? QPalette::WindowText : QPalette::Text);
}

QColor markedBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (double share : {0.25, 0.15, 0.08}) {
        const QColor marked = mixed(base, palette.color(QPalette::Highlight), share);
        if (contrastRatio(text, marked) >= kReadable)
            return marked;
    }
    return palette.color(QPalette::AlternateBase);
}

void showAsAttention(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, attentionText(palette, QPalette::Window));
    label->setPalette(palette);
}

} // namespace tf
