#include "ui/minutes/FollowUpPanel.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"
#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QHash>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

FollowUpPanel::FollowUpPanel(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Back for follow-up"), parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_done(new QPushButton(tr("Mark as &done"), this))
    , m_followedUp(new QPushButton(tr("&Followed up"), this))
{
    // The main buttons' icons (ui/common/Icons.h).
    m_done->setIcon(themedIcon(QStringLiteral("emblem-default")));
    m_list->setObjectName(QStringLiteral("followUpListWidget"));
    m_list->setAccessibleName(tr("Actions back for follow-up"));
    m_list->setWordWrap(true);
    m_done->setObjectName(QStringLiteral("followUpDoneButton"));
    m_done->setAccessibleName(tr("Mark as done"));
    m_followedUp->setObjectName(QStringLiteral("followUpRecordedButton"));
    m_followedUp->setAccessibleName(tr("Followed up"));
    m_followedUp->setToolTip(tr("Followed up at this meeting: the action comes back at its next "
                                "follow-up date"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_followedUp);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, &FollowUpPanel::markSelectedDone);
    connect(m_followedUp, &QPushButton::clicked, this, &FollowUpPanel::markSelectedFollowedUp);
}

void FollowUpPanel::load(const Meeting &meeting)
{
    showRows(meeting, ActionList(m_workspace).followUpsShown(meeting));
}

void FollowUpPanel::showRows(const Meeting &meeting, const FollowUps &followUps)
{
    m_meeting = meeting;
    m_list->clear();
    const QHash<qint64, QString> &names = followUps.responsibleNames;
    for (const ActionListRow &row : followUps.rows) {
        auto *item
            = new QListWidgetItem(tr("%1 – %2 (decided %3)")
                                      .arg(row.action.what, names.value(row.action.responsibleId),
                                          row.decidedOn.toString(Qt::ISODate)),
                m_list);
        item->setData(Qt::UserRole, row.action.id);
    }
    m_done->setEnabled(m_list->count() > 0);
    m_followedUp->setEnabled(m_list->count() > 0);
}

void FollowUpPanel::markSelectedDone()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 actionId = item->data(Qt::UserRole).toLongLong();
    runGuarded(this, tr("Not saved"), [&] { ActionList(m_workspace).markDone(actionId); });
    load(m_meeting);
}

void FollowUpPanel::markSelectedFollowedUp()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 actionId = item->data(Qt::UserRole).toLongLong();
    runGuarded(this, tr("Not saved"), [&] {
        ActionList list(m_workspace);
        const auto action = list.action(actionId);
        if (action)
            list.recordFollowUp(*action, m_meeting);
    });
    load(m_meeting);
}

} // namespace tf
