#include "ui/care/ContactAfterMeetingPanel.h"

#include "models/FeedbackDueModel.h"
#include "models/OpenActionsModel.h"
#include "services/Workspace.h"
#include "ui/care/CareTable.h"
#include "ui/care/CareText.h"
#include "ui/care/FeedbackDialog.h"
#include "ui/care/JournalDueBox.h"
#include "ui/care/OpenActionRows.h"
#include "ui/common/LiveRefresh.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tf {

ContactAfterMeetingPanel::ContactAfterMeetingPanel(Workspace &workspace, QWidget *parent)
    : AdaptiveSplitter(parent)
    , m_workspace(workspace)
    // Parentless until the group boxes below take them: a splitter would
    // make every new child a section of its own.
    , m_feedbackModel(new FeedbackDueModel(this))
    , m_feedbackTable(createCareTableView(
          nullptr, "feedbackTableWidget", tr("Decisions to report back"), m_feedbackModel))
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
    m_journal = new JournalDueBox(workspace);
    addWidget(feedbackBox);
    addWidget(actionBox);
    addWidget(m_journal);
    connect(m_journal, &JournalDueBox::marked, this, &ContactAfterMeetingPanel::feedbackMarked);

    connect(m_feedbackButton, &QPushButton::clicked, this, &ContactAfterMeetingPanel::markFeedback);
    connect(m_feedbackTable, &QTableView::activated, this, &ContactAfterMeetingPanel::markFeedback);
}

ContactAfterMeetingPanel::Rows ContactAfterMeetingPanel::read(Workspace &workspace)
{
    // One round trip for the panel's three lists.
    ContactAfterMeetingRead read = readContactAfterMeeting(workspace, workspace.actorId());
    const FeedbackDueRead &due = read.feedback;
    Rows rows;
    rows.feedback = due.due;
    for (const FeedbackDue &decision : std::as_const(rows.feedback)) {
        const qint64 meetingId = decision.action.meetingId;
        const auto meeting = due.meetings.constFind(meetingId);
        rows.meetingLabels.insert(meetingId,
            meeting == due.meetings.constEnd()
                ? QString()
                : meetingLabel(*meeting, due.forumNames.value(meeting->templateId)));
    }
    rows.actions = std::move(read.openActions);
    rows.journal = std::move(read.journal);
    return rows;
}

void ContactAfterMeetingPanel::showRows(const Rows &rows)
{
    const KeepPlace keepFeedback(m_feedbackTable);
    const KeepPlace keepActions(m_actionTable);
    m_feedbackModel->setFeedback(rows.feedback, rows.meetingLabels);
    m_feedbackButton->setEnabled(!rows.feedback.isEmpty());
    showOpenActions(m_actionModel, rows.actions);
    m_journal->showRows(rows.journal);
}

void ContactAfterMeetingPanel::refresh()
{
    showRows(read(m_workspace));
}

void ContactAfterMeetingPanel::markFeedback()
{
    const FeedbackDue *due = m_feedbackModel->feedbackAt(m_feedbackTable->currentIndex().row());
    if (!due)
        return;
    FeedbackDialog dialog(m_workspace, due->action.id, due->action.what, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT feedbackMarked();
}

} // namespace tf
