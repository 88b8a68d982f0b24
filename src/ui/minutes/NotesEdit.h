#pragma once

#include <QPlainTextEdit>

namespace tf {

// A notes field of meeting mode. Ctrl+Z and Ctrl+Y here undo and redo this
// field's own typing, as in any editor, never a step elsewhere (attendance,
// a new action): those have the meeting's Undo button and Ctrl+Z outside a
// text field. Leaving the field ends a run of typing, so typing after a new
// action is undone on its own.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NotesEdit(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    static bool isUndo(QKeyEvent *event);
    static bool isRedo(QKeyEvent *event);
};

} // namespace tf
