#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tf {

class ContactAfterMeetingPanel;
class MyClientsModel;
class ParticipationChecklist;
class Workspace;

// "Mina kunder": the fast omsorgskontakt's clients with their next meeting,
// the participation checklist before it, consent, the genomförandeplan's
// next step, the decisions to report back afterwards, the contact person's
// own open actions and the actions to document in the journal.
class ContactPersonView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPersonView(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Saves a changed checklist; false (with a message) when it failed.
    bool saveChecklist();
    bool hasUnsavedChanges() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // reloadChecklist false: the checklist keeps what the user has in it.
    void showClient(int row, bool reloadChecklist = true);
    // Another client changed what the view shows: read it again without
    // saving anything on the user's behalf, keeping the chosen client and
    // the checklist the user is typing in.
    void showOthersChanges();
    void currentRowChanged(int row, int previousRow);
    void addAgendaItem();
    void registerConsent();

    Workspace &m_workspace;
    qint64 m_clientId = 0;
    // Set while the view itself moves the current row: not the user's choice.
    bool m_settingRow = false;
    MyClientsModel *m_clientModel;
    QTableView *m_clientTable;
    QLabel *m_nextMeeting;
    ParticipationChecklist *m_checklist;
    QPushButton *m_addItem;
    QPushButton *m_consentButton;
    QPushButton *m_sipButton;
    QPushButton *m_carePlanButton;
    QPushButton *m_hospitalButton;
    QLabel *m_consent;
    QLabel *m_sipSummary;
    QLabel *m_remarks;
    QLabel *m_carePlan; // the genomförandeplan's next step in full
    ContactAfterMeetingPanel *m_afterMeeting;
};

} // namespace tf
