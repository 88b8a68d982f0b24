#include "ui/minutes/NotesEdit.h"

#include <QKeyEvent>
#include <QTextDocument>

namespace tf {

NotesEdit::NotesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

bool NotesEdit::isUndo(QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo);
}

bool NotesEdit::isRedo(QKeyEvent *event)
{
    return event->matches(QKeySequence::Redo)
        || (event->key() == Qt::Key_Y && event->modifiers() == Qt::ControlModifier);
}

bool NotesEdit::event(QEvent *event)
{
    // Claim undo and redo before the meeting's own shortcuts do.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isUndo(key) || isRedo(key)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NotesEdit::keyPressEvent(QKeyEvent *event)
{
    if (isUndo(event) || isRedo(event)) {
        if (!isReadOnly())
            isUndo(event) ? undo() : redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NotesEdit::focusOutEvent(QFocusEvent *event)
{
    // The document merges typing into the previous step only while it is
    // modified; clearing the flag starts a new step on return.
    document()->setModified(false);
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace tf
