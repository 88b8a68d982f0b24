#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace tf {

// Someone else saved the same text while this user was changing it. Both
// versions side by side, read-only, and below them a combined text to edit;
// the user keeps their own, takes the other's, or saves the combined text.
// Escape decides later: nothing is saved and the user's text stays where it
// was typed.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Later, Mine, Theirs, Merged };

    // `what` names the text ("the notes of item 3"); `merged` is the
    // proposed combination, editable.
    ConflictDialog(const QString &what, const QString &mine, const QString &theirs,
        const QString &merged, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The text to store: the user's, the other's or the edited combination.
    QString chosenText() const;

private:
    void choose(Choice choice);

    QString m_mine;
    QString m_theirs;
    QPlainTextEdit *m_merged;
    Choice m_choice = Choice::Later;
};

} // namespace tf
