#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace tf {

class Workspace;

// Records an objection (uppgiften anses oriktig): the client holds that a
// note or a risk assessment about them is wrong. The objection is saved
// beside it, never changing it. What was typed stays when saving fails.
class ObjectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { Note, Assessment };
    // `about`: the note's text or the assessment, shown above the field.
    ObjectionDialog(Workspace &workspace, Target target, qint64 id, const QString &about,
        QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    Workspace &m_workspace;
    Target m_target;
    qint64 m_id;
    QPlainTextEdit *m_text;
};

} // namespace tf
