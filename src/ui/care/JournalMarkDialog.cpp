#include "ui/care/JournalMarkDialog.h"

#include "services/care/JournalDuties.h"
#include "ui/common/Guarded.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tf {

JournalMarkDialog::JournalMarkDialog(
    Workspace &workspace, qint64 actionId, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actionId(actionId)
    , m_records(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("journalMarkDialog"));
    setWindowTitle(tr("Documented in the journal"));
    auto *layout = new QVBoxLayout(this);
    auto *action = new QLabel(what, this);
    action->setObjectName(QStringLiteral("journalActionLabel"));
    action->setTextFormat(Qt::PlainText);
    action->setWordWrap(true);
    layout->addWidget(action);
    auto *box = new QGroupBox(tr("Documented in"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList labels = {tr("&SoL (social documentation)"), tr("&HSL (patient record)"),
        tr("&LSS (social documentation)")};
    const QStringList keys = journalRecordKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *button = new QRadioButton(labels.value(i), box);
        button->setObjectName(QStringLiteral("journalRecord_%1").arg(keys.at(i)));
        button->setAccessibleName(journalRecordLabel(keys.at(i)));
        m_records->addButton(button, i);
        boxLayout->addWidget(button);
    }
    m_records->button(0)->setChecked(true);
    layout->addWidget(box);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Mark as documented"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveJournalMarkButton"));
    save->setAccessibleName(tr("Mark as documented"));
    save->setDefault(true);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelJournalMarkButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void JournalMarkDialog::accept()
{
    const QString record = journalRecordKeys().value(qMax(0, m_records->checkedId()));
    if (!runGuarded(this, tr("The journal entry was not marked"),
            [&] { JournalDuties(m_workspace).markDocumented(m_actionId, record); }))
        return;
    QDialog::accept();
}

} // namespace tf
