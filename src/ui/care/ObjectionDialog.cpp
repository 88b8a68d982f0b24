#include "ui/care/ObjectionDialog.h"

#include "services/care/Objections.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

ObjectionDialog::ObjectionDialog(
    Workspace &workspace, Target target, qint64 id, const QString &about, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(target)
    , m_id(id)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("objectionDialog"));
    setWindowTitle(tr("Objection: the information is held to be wrong"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(target == Target::Note
            ? tr("The client holds that this note is wrong. The objection is saved beside the "
                 "note, with who recorded it and when; the note itself is not changed.")
            : tr("The client holds that this assessment is wrong. The objection is saved beside "
                 "the assessment, with who recorded it and when; the assessment itself is not "
                 "changed."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *shown = new QLabel(about, this);
    shown->setObjectName(QStringLiteral("objectionAboutLabel"));
    shown->setWordWrap(true);
    shown->setTextFormat(Qt::PlainText);
    shown->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(shown);
    auto *label = new QLabel(tr("&What the client says"), this);
    label->setBuddy(m_text);
    layout->addWidget(label);
    m_text->setObjectName(QStringLiteral("objectionTextEdit"));
    m_text->setAccessibleName(tr("What the client says"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save objection"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveObjectionButton"));
    save->setAccessibleName(tr("Save objection"));
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelObjectionButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_text->setFocus();
}

void ObjectionDialog::accept()
{
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        MessageBox::error(this, tr("Not saved"), tr("Write what the client says is wrong."));
        m_text->setFocus();
        return;
    }
    if (!runGuarded(this, tr("Not saved"), [&] {
            Objections objections(m_workspace);
            if (m_target == Target::Note)
                objections.againstNote(m_id, text);
            else
                objections.againstAssessment(m_id, text);
        }))
        return;
    QDialog::accept();
}

} // namespace tf
