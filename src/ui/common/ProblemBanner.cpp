#include "ui/common/ProblemBanner.h"

#include "ui/common/PaletteColours.h"

#include <QAccessible>

namespace tf {

ProblemBanner::ProblemBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("problemBanner"));
    setAccessibleName(tr("Problem"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::NoFocus);
    setMargin(8);
    // Dark red on light red: readable on a projector, clearly not a note;
    // light red on dark red in a dark palette.
    setStyleSheet(isDarkPalette(palette())
            ? QStringLiteral("QLabel { background: #4a1414; color: #ffd6d6; "
                             "border: 1px solid #d9534f; border-radius: 4px; }")
            : QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                             "border: 1px solid #d9534f; border-radius: 4px; }"));
    hide();
}

void ProblemBanner::showProblem(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
    show();
    // Screen readers announce the change without the focus moving.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ProblemBanner::clearProblem()
{
    hide();
    clear();
}

} // namespace tf
