#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class QUndoStack;

namespace tf {

// The notes field of meeting mode. Its typing goes on the meeting's undo
// stack (one step per run of typing, as QTextDocument groups it), so Ctrl+Z
// and Ctrl+Y undo notes, attendance and actions in the order they were made.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    NotesEdit(QUndoStack *stack, const QString &undoText, QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static bool isUndo(QKeyEvent *event);
    static bool isRedo(QKeyEvent *event);

    QPointer<QUndoStack> m_stack;
};

} // namespace tf
