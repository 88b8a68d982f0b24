#include "ui/shell/SettingsDialog.h"

#include "services/today/DueReminders.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tf {

namespace {
const QString kLockKey = QStringLiteral("lock/idleMinutes");
// A shared office computer is left alone now and then; a quarter of an hour
// keeps a forgotten window from showing clients' data all afternoon.
constexpr int kDefaultLockMinutes = 15;
} // namespace

int SettingsDialog::idleLockMinutes()
{
    return qBound(0, QSettings().value(kLockKey, kDefaultLockMinutes).toInt(), 480);
}

void SettingsDialog::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kLockKey, qBound(0, minutes, 480));
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_lockMinutes(new QSpinBox(this))
    , m_reminders(new QCheckBox(tr("&Remind me on the desktop of what falls due"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_lockMinutes->setObjectName(QStringLiteral("idleLockMinutesSpinBox"));
    m_lockMinutes->setAccessibleName(tr("Lock after minutes without use"));
    m_lockMinutes->setRange(0, 480);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("never"));
    m_lockMinutes->setValue(idleLockMinutes());
    auto *label = new QLabel(tr("&Lock after"), this);
    label->setBuddy(m_lockMinutes);
    auto *help = new QLabel(tr("When nobody has used Teamforum for this long, it locks and "
                               "shows only who was signed in. Unlocking asks who is working "
                               "now. 0 never locks."),
        this);
    help->setObjectName(QStringLiteral("idleLockHelpLabel"));
    help->setWordWrap(true);
    m_reminders->setObjectName(QStringLiteral("desktopRemindersCheckBox"));
    m_reminders->setAccessibleName(tr("Desktop reminders of what falls due"));
    m_reminders->setChecked(DesktopReminders::enabled());
    auto *remindersHelp = new QLabel(tr("Once a day, a notification on the desktop when one of "
                                        "your actions or checks falls due today or is overdue."),
        this);
    remindersHelp->setObjectName(QStringLiteral("remindersHelpLabel"));
    remindersHelp->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save"));
    ok->setAccessibleName(tr("Save"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    auto *form = new QFormLayout;
    form->addRow(label, m_lockMinutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_reminders);
    layout->addWidget(remindersHelp);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    setIdleLockMinutes(m_lockMinutes->value());
    DesktopReminders::setEnabled(m_reminders->isChecked());
    QDialog::accept();
}

} // namespace tf
