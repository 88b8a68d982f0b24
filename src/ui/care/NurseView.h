#pragma once

#include "domain/Client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tf {

class ComingAssessmentsTree;
class AdaptiveSplitter;
class NurseAfterMeetingPanel;
class RiskHistoryModel;
class Workspace;

// "Inför mötet": for the nurse (and OT/PT) the coming meetings of their
// units, the clients on each agenda and which assessments each needs by the
// routine, with a one-step start of the assessment; the history of the
// selected client; afterwards the health-care actions and SIP needs they own.
class NurseView : public QWidget
{
    Q_OBJECT
public:
    explicit NurseView(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Opens the assessment form for the selected instrument row.
    void startAssessment();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showHistory(qint64 clientId);
    void recordObjection();
    // The vårdplan after the chosen assessment with risk.
    void openCarePlan();
    void writeSbar();
    void editRoutine();
    void selectionChanged();
    // Another client changed what the view shows: read it again, keeping
    // the chosen row and the scroll positions.
    void showOthersChanges();
    // Gives the history the width of its columns where the meetings' own
    // columns leave room for them, until the user moves the splitter.
    void fitHistoryColumns();

    Workspace &m_workspace;
    ComingAssessmentsTree *m_meetings;
    QPushButton *m_start;
    QPushButton *m_sbar;
    QPushButton *m_sipNeed;
    QPushButton *m_routine;
    QPushButton *m_hospital;
    QPushButton *m_settings;
    QLabel *m_historyTitle;
    RiskHistoryModel *m_historyModel;
    QTableView *m_history;
    QPushButton *m_objection;
    QPushButton *m_carePlan;
    NurseAfterMeetingPanel *m_afterMeeting;
    AdaptiveSplitter *m_top = nullptr;
    bool m_splitterMovedByUser = false;
};

} // namespace tf
