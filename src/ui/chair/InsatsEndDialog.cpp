#include "ui/chair/InsatsEndDialog.h"

#include "domain/InsatsEnd.h"
#include "services/ActionList.h"
#include "services/staff/InsatsEnds.h"
#include "ui/common/Guarded.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

InsatsEndDialog::InsatsEndDialog(Workspace &workspace, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_ends(new QCheckBox(tr("The insats &ends"), this))
    , m_endsOn(new QDateEdit(this))
    , m_reason(new QComboBox(this))
    , m_actions(new QListWidget(this))
{
    setObjectName(QStringLiteral("insatsEndDialog"));
    setWindowTitle(tr("End of insats for %1").arg(client.name));
    resize(560, 420);
    m_ends->setObjectName(QStringLiteral("insatsEndsCheckBox"));
    m_ends->setAccessibleName(tr("The insats ends"));
    m_ends->setChecked(client.insatsEndsOn.isValid());
    m_endsOn->setObjectName(QStringLiteral("insatsEndsOnDateEdit"));
    m_endsOn->setAccessibleName(tr("First day without the insats"));
    m_endsOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endsOn->setCalendarPopup(true);
    m_endsOn->setDate(client.insatsEndsOn.isValid()
            ? client.insatsEndsOn
            : stockholmDate(QDateTime::currentDateTimeUtc()));
    m_reason->setObjectName(QStringLiteral("insatsEndReasonComboBox"));
    m_reason->setAccessibleName(tr("Reason"));
    for (const QString &key : insatsEndReasons())
        m_reason->addItem(insatsEndReasonLabel(key), key);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(client.insatsEndReason)));
    m_actions->setObjectName(QStringLiteral("insatsOpenActionsListWidget"));
    m_actions->setAccessibleName(tr("Open actions about the client"));
    runGuarded(this, tr("Could not read the client's actions"),
        [&] { m_open = InsatsEnds(m_workspace).openActionsAbout(client.id); });
    for (const Action &action : m_open) {
        auto *item = new QListWidgetItem(action.dueDate.isValid()
                ? tr("%1 (due %2)").arg(action.what, action.dueDate.toString(Qt::ISODate))
                : action.what,
            m_actions);
        item->setData(Qt::UserRole, action.id);
        item->setCheckState(client.insatsEndsOn.isValid() ? Qt::Unchecked : Qt::Checked);
    }
    auto *note = new QLabel(m_open.isEmpty()
            ? tr("There are no open actions about %1.").arg(client.name)
            : tr("Open actions about %1. Ticked ones are closed (marked done) when you save; "
                 "untick those that are still to be done.")
                  .arg(client.name),
        this);
    note->setObjectName(QStringLiteral("insatsActionsNoteLabel"));
    note->setWordWrap(true);
    m_actions->setVisible(!m_open.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(QString(), m_ends);
    auto *dateLabel = new QLabel(tr("&First day without the insats:"), this);
    dateLabel->setBuddy(m_endsOn);
    form->addRow(dateLabel, m_endsOn);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_actions, 1);
    layout->addWidget(buttons);

    auto enable = [this](bool ends) {
        m_endsOn->setEnabled(ends);
        m_reason->setEnabled(ends);
    };
    enable(m_ends->isChecked());
    connect(m_ends, &QCheckBox::toggled, this, enable);
    connect(buttons, &QDialogButtonBox::accepted, this, &InsatsEndDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InsatsEndDialog::save()
{
    const bool ends = m_ends->isChecked();
    QList<qint64> close;
    for (int row = 0; ends && row < m_actions->count(); ++row) {
        if (m_actions->item(row)->checkState() == Qt::Checked)
            close << m_actions->item(row)->data(Qt::UserRole).toLongLong();
    }
    const bool saved = runGuarded(this, tr("The end of the insats was not saved"), [&] {
        InsatsEnds(m_workspace)
            .endInsats(m_client.id, ends ? m_endsOn->date() : QDate(),
                m_reason->currentData().toString(), m_client.version, close);
    });
    if (saved)
        accept();
}

} // namespace tf
