#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tf {

class ContactAfterMeetingPanel;
class MyClientsModel;
struct MyClientStatus;
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

    // Reads the page again (saving the checklist first). The page's rows are
    // read beside the window (ReadsBeside) and shown when they come: at
    // once on SQLite, after the server's answer on PostgreSQL.
    void refresh();
    // Something asked for is still being read.
    bool isReading() const { return m_reading > 0; }
    // Saves a changed checklist; false (with a message) when it failed.
    bool saveChecklist();
    bool hasUnsavedChanges() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct ClientRead;
    struct PageRead;
    // Reads the list, the chosen client (m_clientId, else the first) and
    // the panel below; othersChanges: another client changed something, so
    // nothing is saved on the user's behalf and the checklist being typed
    // in is kept.
    void readPage(bool othersChanges);
    void showPage(int asked, const PageRead &page, bool othersChanges);
    // Reads the client of the row the user chose.
    void readClientAt(int row);
    // What the page shows of one client; on any thread. The coming meeting
    // and its checklist are taken from `listed` when it was read with them
    // (the page's list), else read.
    static ClientRead readClient(
        Workspace &workspace, qint64 clientId, const MyClientStatus *listed = nullptr);
    // reloadChecklist false: the checklist keeps what the user has in it.
    // None: no client to show.
    void showClient(const std::optional<ClientRead> &client, bool reloadChecklist);
    // Another client changed what the view shows: read it again without
    // saving anything on the user's behalf, keeping the chosen client and
    // the checklist the user is typing in.
    void showOthersChanges();
    void currentRowChanged(int row, int previousRow);
    void addAgendaItem();
    void registerConsent();

    Workspace &m_workspace;
    qint64 m_clientId = 0;
    // Each read asked for is numbered; what a later one showed is not
    // replaced by an earlier one's answer.
    int m_asked = 0;
    int m_listShown = 0;
    int m_clientShown = 0;
    int m_reading = 0; // reads asked for and not yet answered
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
