#pragma once

#include "domain/Meeting.h"

#include <QDialog>

class QPlainTextEdit;

namespace tf {

class Workspace;

// Corrects a note about a client after the fact: the note's text as it is,
// the corrected text and why. The service keeps the text it had, the reason,
// who and when, and refuses what the minutes' lock refuses (approved
// minutes); what was typed stays when saving fails.
class NoteCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    NoteCorrectionDialog(Workspace &workspace, const MinuteEntry &note, QWidget *parent = nullptr);

    // The note as saved, once accepted.
    MinuteEntry corrected() const { return m_corrected; }

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    MinuteEntry m_note;
    MinuteEntry m_corrected;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_reason;
};

} // namespace tf
