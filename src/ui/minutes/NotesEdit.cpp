#include "ui/minutes/NotesEdit.h"

#include <QKeyEvent>
#include <QPointer>
#include <QTextDocument>
#include <QUndoStack>

namespace tf {

namespace {
// Steps back and forth in the document's own history.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(QTextDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    { }
    void undo() override
    {
        if (m_document)
            m_document->undo();
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (m_document)
            m_document->redo();
    }

private:
    QPointer<QTextDocument> m_document;
    bool m_first = true;
};
} // namespace

NotesEdit::NotesEdit(QUndoStack *stack, const QString &undoText, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_stack(stack)
{
    setTabChangesFocus(true);
    connect(document(), &QTextDocument::undoCommandAdded, this, [this, undoText] {
        if (m_stack)
            m_stack->push(new TextEditCommand(document(), undoText));
    });
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
    // Claim undo and redo before the editor's own shortcuts do.
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
    if (m_stack && isUndo(event)) {
        m_stack->undo();
        return;
    }
    if (m_stack && isRedo(event)) {
        m_stack->redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace tf
