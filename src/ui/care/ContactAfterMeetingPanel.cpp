#include "ui/care/ContactAfterMeetingPanel.h"

#include "models/OpenActionsModel.h"
#include "services/Workspace.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/FeedbackDialog.h"
#include "ui/care/OpenActionRows.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf {

ContactAfterMeetingPanel::ContactAfterMeetingPanel(Workspace &workspace, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_workspace(workspace)
    // Parentless until the group boxes below take them: a splitter would
    // make every new child a section of its own.
    , m_feedbackTable(createCareTable(nullptr, "feedbackTableWidget",
          tr("Decisions to report back"), {tr("Client"), tr("Decision"), tr("Decided at")}))
    , m_feedbackButton(new QPushButton(tr("Mark as reported back…")))
    , m_actionModel(new OpenActionsModel(this))
    , m_actionTable(createCareTableView(
          nullptr, "myActionsTableWidget", tr("My open actions"), m_actionModel))
{
    m_feedbackButton->setObjectName(QStringLiteral("markFeedbackButton"));
    m_feedbackButton->setAccessibleName(m_feedbackButton->text());
    m_feedbackButton->setToolTip(tr("Record when and how the decision was reported back"));

    auto *feedbackBox = new QGroupBox(tr("Feedback to the client after the meeting"));
    auto *feedbackLayout = new QVBoxLayout(feedbackBox);
    feedbackLayout->addWidget(m_feedbackTable);
    feedbackLayout->addWidget(m_feedbackButton, 0, Qt::AlignLeft);
    auto *actionBox = new QGroupBox(tr("My open actions"));
    auto *actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(m_actionTable);
    addWidget(feedbackBox);
    addWidget(actionBox);

    connect(m_feedbackButton, &QPushButton::clicked, this, &ContactAfterMeetingPanel::markFeedback);
    connect(m_feedbackTable, &QTableWidget::cellActivated, this,
        &ContactAfterMeetingPanel::markFeedback);
}

void ContactAfterMeetingPanel::refresh()
{
    const qint64 me = m_workspace.actorId();
    QList<QStringList> feedbackRows;
    QList<qint64> feedbackIds;
    for (const FeedbackDue &due : feedbackDueFor(m_workspace, me)) {
        QString decided;
        if (const auto meeting = careMeeting(m_workspace, due.action.meetingId))
            decided = meetingLabel(m_workspace, *meeting);
        feedbackRows << QStringList {due.client.name, due.action.what, decided};
        feedbackIds << due.action.id;
    }
    fillCareTable(m_feedbackTable, feedbackRows, feedbackIds);
    m_feedbackButton->setEnabled(!feedbackIds.isEmpty());
    loadOpenActions(m_workspace, m_actionModel, me);
}

void ContactAfterMeetingPanel::markFeedback()
{
    const int row = m_feedbackTable->currentRow();
    if (row < 0)
        return;
    const qint64 actionId = m_feedbackTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    FeedbackDialog dialog(m_workspace, actionId, m_feedbackTable->item(row, 1)->text(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT feedbackMarked();
}

} // namespace tf
