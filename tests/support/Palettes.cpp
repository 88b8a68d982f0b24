#include "support/Palettes.h"

#include <QApplication>

namespace tf::test {

namespace {
QPalette paletteOf(const QColor &window, const QColor &text, const QColor &base,
    const QColor &alternate, const QColor &button, const QColor &highlight,
    const QColor &highlightedText, const QColor &link, const QColor &disabledText)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, highlight);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
} // namespace

QPalette darkPalette()
{
    // Close to Breeze Dark and Adwaita dark.
    return paletteOf(QColor(0x2b, 0x2e, 0x33), QColor(0xef, 0xf0, 0xf1), QColor(0x1e, 0x20, 0x24),
        QColor(0x26, 0x29, 0x2e), QColor(0x35, 0x39, 0x3f), QColor(0x3d, 0xae, 0xe9),
        QColor(0x0b, 0x0c, 0x0d), QColor(0x6c, 0xb6, 0xff), QColor(0x8c, 0x92, 0x98));
}

QPalette highContrastPalette()
{
    return paletteOf(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black,
        QColor(0xff, 0xff, 0x00), Qt::black, QColor(0x80, 0xd0, 0xff), QColor(0xb0, 0xb0, 0xb0));
}

PaletteForScope::PaletteForScope(const QPalette &palette)
    : m_before(QApplication::palette())
{
    QApplication::setPalette(palette);
}

PaletteForScope::~PaletteForScope()
{
    QApplication::setPalette(m_before);
}

QList<NamedPalette> otherPalettes()
{
    return {{QStringLiteral("dark"), darkPalette()},
        {QStringLiteral("high-contrast"), highContrastPalette()}};
}

} // namespace tf::test
