#pragma once

#include "domain/care/CareRecords.h"
#include "services/care/AfterMeetingReads.h"
#include "ui/common/AdaptiveSplitter.h"

#include <QHash>
#include <QList>

class QPushButton;
class QTableView;

namespace tf {

class JournalDueBox;
class OpenActionsModel;
class SipNeedsModel;
class Workspace;

// "Inför mötet" after the meeting: the nurse's own open health-care actions,
// the SIP meetings they are to call and the actions to document in the
// journal.
class NurseAfterMeetingPanel : public AdaptiveSplitter
{
    Q_OBJECT
public:
    explicit NurseAfterMeetingPanel(Workspace &workspace, QWidget *parent = nullptr);

    // What the panel shows of the work after the meetings, read without it
    // (beside the window, readNurseAfterMeeting).
    struct Rows
    {
        ActionsWithClients actions;
        QList<JournalDue> journal;
        QList<SipNeed> needs;
        QHash<qint64, QString> clientNames; // of the needs' clients
        QHash<qint64, QString> meetingLabels; // of the needs' meetings
    };
    static Rows rowsOf(NurseAfterMeetingRead read);
    void showRows(const Rows &rows);

Q_SIGNALS:
    // "Mark SIP as called" was used (saved or not).
    void sipMarked();

private:
    void markSipDone();

    Workspace &m_workspace;
    OpenActionsModel *m_actionModel;
    QTableView *m_actions;
    SipNeedsModel *m_sipModel;
    QTableView *m_sip;
    QPushButton *m_sipDone;
    JournalDueBox *m_journal; // the actions to document in the journal
};

} // namespace tf
