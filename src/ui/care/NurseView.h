#pragma once

#include "domain/Client.h"
#include "domain/care/Objection.h"
#include "domain/care/RiskAssessment.h"
#include "ui/care/ComingAssessmentsTree.h"
#include "ui/care/NurseAfterMeetingPanel.h"

#include <QHash>
#include <QList>
#include <optional>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tf {

class AdaptiveSplitter;
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

    // Reads the page again beside the window (at once on SQLite) and shows
    // it when read, then the chosen client's history.
    void refresh();
    // Whether a read asked for is not yet shown.
    bool isReading() const { return m_answered != m_asked || m_historyAnswered != m_historyAsked; }
    // Opens the assessment form for the selected instrument row.
    void startAssessment();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The page's parts, read together.
    struct Page
    {
        ComingAssessmentsTree::Rows meetings;
        NurseAfterMeetingPanel::Rows afterMeeting;
    };
    // A client's earlier assessments with what the history table names.
    struct History
    {
        std::optional<Client> client;
        QList<RiskAssessment> history;
        QList<Objection> objections; // of the assessments
        QHash<qint64, QString> names; // of the assessors and objectors
        QHash<qint64, QString> carePlans; // by assessment id
    };
    // keepPlace: another client's change, so the chosen rows and scroll
    // places stay.
    void readPage(bool keepPlace);
    static History readHistory(Workspace &workspace, qint64 clientId, qint64 meetingId);
    void showHistory(qint64 clientId, bool keepPlace = false);
    void showHistoryRows(const History &read, bool keepPlace);
    void recordObjection();
    // The vårdplan after the chosen assessment with risk.
    void openCarePlan();
    void writeSbar();
    void editRoutine();
    void selectionChanged(bool keepPlace = false);
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
    int m_asked = 0; // pages asked for; the last one is shown
    int m_answered = 0;
    int m_historyAsked = 0; // histories asked for; the last one is shown
    int m_historyAnswered = 0;
};

} // namespace tf
