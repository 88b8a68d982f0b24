#include "ui/common/DateTimeTyping.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace tf {

namespace {
// The section a digit was typed in, kept on the field until the next key.
constexpr char kDigitSection[] = "tfDigitSection";

// Focus to the next (or previous) widget that takes Tab, outside the field.
void leaveField(QDateTimeEdit *edit, bool forward)
{
    QWidget *candidate = edit;
    while (true) {
        candidate = forward ? candidate->nextInFocusChain() : candidate->previousInFocusChain();
        if (!candidate || candidate == edit)
            return;
        if (edit->isAncestorOf(candidate) || candidate->window() != edit->window()
            || candidate->focusProxy() || !candidate->isVisible() || !candidate->isEnabled()
            || (candidate->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        candidate->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return;
    }
}

// A field at its minimum that shows its special text ("Ej angivet") has no
// parts to type into: it first takes the present moment, within its range,
// all of it selected, so the typing replaces it part by part.
void leaveSpecialValue(QDateTimeEdit *edit)
{
    if (edit->specialValueText().isEmpty() || edit->dateTime() != edit->minimumDateTime())
        return;
    QDateTime start = QDateTime::currentDateTime();
    if (start <= edit->minimumDateTime())
        start = edit->minimumDateTime().addDays(1);
    if (start > edit->maximumDateTime())
        start = edit->maximumDateTime();
    edit->setDateTime(start);
    edit->selectAll();
}

bool wholeTextSelected(QDateTimeEdit *edit)
{
    const auto *line = edit->findChild<QLineEdit *>();
    return line && line->hasSelectedText() && line->selectedText() == line->text();
}

class DateTimeTyping : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *edit = qobject_cast<QDateTimeEdit *>(watched);
        if (!edit)
            return false;
        return keyPressed(edit, static_cast<QKeyEvent *>(event));
    }

private:
    static bool keyPressed(QDateTimeEdit *edit, const QKeyEvent *key)
    {
        const QVariant digitSection = edit->property(kDigitSection);
        edit->setProperty(kDigitSection, QVariant());
        const Qt::KeyboardModifiers modifiers = key->modifiers();
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(modifiers & (Qt::ControlModifier | Qt::AltModifier))) {
            leaveField(edit, key->key() == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier));
            return true;
        }
        const QString text = key->text();
        if (text.size() != 1 || (modifiers & ~(Qt::ShiftModifier | Qt::KeypadModifier)))
            return false;
        if (text.at(0).isDigit()) {
            leaveSpecialValue(edit);
            // Typed over the whole text: the typing starts in the first part.
            if (wholeTextSelected(edit))
                edit->setSelectedSection(edit->sectionAt(0));
            edit->setProperty(kDigitSection, edit->currentSectionIndex());
            return false;
        }
        // The part before filled itself up and the field moved on: the
        // separator typed after it is already behind the cursor.
        return !text.at(0).isLetterOrNumber() && digitSection.isValid()
            && digitSection.toInt() != edit->currentSectionIndex();
    }
};
} // namespace

void installDateTimeTyping(QApplication &app)
{
    app.installEventFilter(new DateTimeTyping(&app));
}

} // namespace tf
