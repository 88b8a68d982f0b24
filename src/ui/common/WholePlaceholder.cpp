#include "ui/common/WholePlaceholder.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

namespace tf {

void setWholePlaceholder(QLineEdit *edit, const QString &hint)
{
    edit->setPlaceholderText(hint);
    // As QLineEdit measures its own text: the margins inside the frame, then
    // the frame as the style draws it.
    const QMargins margins = edit->textMargins() + edit->contentsMargins();
    QStyleOptionFrame option;
    option.initFrom(edit);
    const int textWidth
        = edit->fontMetrics().horizontalAdvance(hint) + 4 + margins.left() + margins.right();
    edit->setMinimumWidth(
        edit->style()
            ->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(textWidth, 1), edit)
            .width());
}

} // namespace tf
