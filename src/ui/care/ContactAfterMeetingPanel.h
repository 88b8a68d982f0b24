#pragma once

#include "services/care/AfterMeetingReads.h"
#include "ui/common/AdaptiveSplitter.h"

#include <QHash>
#include <QList>

class QPushButton;
class QTableView;

namespace tf {

class FeedbackDueModel;
class JournalDueBox;
class OpenActionsModel;
class Workspace;

// "Mina kunder" after the meeting: the decisions the contact person is to
// report back to their clients, their own open actions, and the actions
// they are to document in the journal.
class ContactAfterMeetingPanel : public AdaptiveSplitter
{
    Q_OBJECT
public:
    explicit ContactAfterMeetingPanel(Workspace &workspace, QWidget *parent = nullptr);

    // What the panel shows, read without it (beside the window).
    struct Rows
    {
        QList<FeedbackDue> feedback;
        QHash<qint64, QString> meetingLabels; // of the decisions' meetings
        ActionsWithClients actions;
        QList<JournalDue> journal;
    };
    static Rows read(Workspace &workspace);
    void showRows(const Rows &rows);
    // Reads and shows them.
    void refresh();

Q_SIGNALS:
    // A decision was marked as reported back.
    void feedbackMarked();

private:
    void markFeedback();

    Workspace &m_workspace;
    FeedbackDueModel *m_feedbackModel;
    QTableView *m_feedbackTable;
    QPushButton *m_feedbackButton;
    OpenActionsModel *m_actionModel;
    QTableView *m_actionTable;
    JournalDueBox *m_journal; // the actions to document in the journal
};

} // namespace tf
