#include "ui/care/NoteCorrectionDialog.h"

#include "services/care/Objections.h"
#include "ui/common/Guarded.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

NoteCorrectionDialog::NoteCorrectionDialog(
    Workspace &workspace, const MinuteEntry &note, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_note(note)
    , m_text(new QPlainTextEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteCorrectionDialog"));
    setWindowTitle(tr("Correct the note"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The note is given its corrected text. The text it has now is "
                                "kept with the reason, who corrected it and when, and is shown "
                                "with the note."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("The note now:"), this));
    auto *old = new QLabel(note.text, this);
    old->setObjectName(QStringLiteral("correctionOldTextLabel"));
    old->setWordWrap(true);
    old->setTextFormat(Qt::PlainText);
    old->setFrameShape(QFrame::StyledPanel);
    old->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(old);
    auto *textLabel = new QLabel(tr("&Corrected text"), this);
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    m_text->setObjectName(QStringLiteral("correctionTextEdit"));
    m_text->setAccessibleName(tr("Corrected text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(note.text);
    layout->addWidget(m_text, 2);
    auto *reasonLabel = new QLabel(tr("&Why the note is corrected"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    m_reason->setObjectName(QStringLiteral("correctionReasonEdit"));
    m_reason->setAccessibleName(tr("Why the note is corrected"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save correction"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveCorrectionButton"));
    save->setAccessibleName(tr("Save correction"));
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCorrectionButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
    m_text->setFocus();
}

void NoteCorrectionDialog::accept()
{
    // The service says what is missing or refused (no reason, the same
    // text, approved minutes); the dialog stays open with what was typed.
    if (!runGuarded(this, tr("Not saved"), [&] {
            m_corrected
                = Objections(m_workspace)
                      .correctNote(m_note.id, m_text->toPlainText(), m_reason->toPlainText());
        }))
        return;
    QDialog::accept();
}

} // namespace tf
