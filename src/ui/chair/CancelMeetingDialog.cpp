#include "ui/chair/CancelMeetingDialog.h"
#include "ui/common/WholePlaceholder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tf {

CancelMeetingDialog::CancelMeetingDialog(QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("cancelMeetingDialog"));
    setWindowTitle(tr("Cancel meeting"));
    m_reason->setObjectName(QStringLiteral("cancelReasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    setWholePlaceholder(m_reason, tr("For example: the unit manager is ill"));
    m_reason->setMinimumWidth(320);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *form = new QFormLayout(this);
    auto *text = new QLabel(
        tr("Cancel this meeting? The other meetings of the series stay. The reason is shown "
           "with the meeting."),
        this);
    text->setWordWrap(true);
    form->addRow(text);
    form->addRow(reasonLabel, m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *cancelIt = buttons->button(QDialogButtonBox::Ok);
    cancelIt->setText(tr("&Cancel meeting"));
    cancelIt->setObjectName(QStringLiteral("confirmCancelMeetingButton"));
    cancelIt->setAccessibleName(tr("Cancel meeting"));
    QPushButton *keep = buttons->button(QDialogButtonBox::Cancel);
    keep->setText(tr("&Keep meeting"));
    keep->setObjectName(QStringLiteral("keepMeetingButton"));
    keep->setAccessibleName(tr("Keep meeting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString CancelMeetingDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace tf
