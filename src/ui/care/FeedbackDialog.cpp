#include "ui/care/FeedbackDialog.h"

#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "ui/common/Guarded.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tf {

FeedbackDialog::FeedbackDialog(
    Workspace &workspace, qint64 actionId, const QString &decision, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actionId(actionId)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_method(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Feedback to the client"));
    m_date->setObjectName(QStringLiteral("feedbackDateEdit"));
    m_date->setAccessibleName(tr("Date of the feedback"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_method->setObjectName(QStringLiteral("feedbackMethodComboBox"));
    m_method->setAccessibleName(tr("How"));
    for (FeedbackMethod method :
        {FeedbackMethod::InPerson, FeedbackMethod::Phone, FeedbackMethod::ViaRelative})
        m_method->addItem(feedbackMethodLabel(method), static_cast<int>(method));
    m_note->setObjectName(QStringLiteral("feedbackNoteLineEdit"));
    m_note->setAccessibleName(tr("Note"));
    auto *layout = new QFormLayout(this);
    auto *what = new QLabel(decision, this);
    what->setWordWrap(true);
    layout->addRow(tr("Decision"), what);
    layout->addRow(tr("Date"), m_date);
    layout->addRow(tr("How"), m_method);
    layout->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Mark as reported back"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveFeedbackButton"));
    save->setAccessibleName(save->text());
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelFeedbackButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void FeedbackDialog::accept()
{
    ClientFeedback feedback;
    feedback.actionId = m_actionId;
    feedback.givenOn = m_date->date();
    feedback.method = static_cast<FeedbackMethod>(m_method->currentData().toInt());
    feedback.givenById = m_workspace.actorId();
    feedback.note = m_note->text();
    if (!runGuarded(this, tr("The feedback was not saved"),
            [&] { ClientRecords(m_workspace).recordFeedback(feedback); }))
        return;
    QDialog::accept();
}

} // namespace tf
