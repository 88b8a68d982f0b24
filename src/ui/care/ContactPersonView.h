#pragma once

#include "domain/Client.h"
#include "domain/care/CareRecords.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tf {

class Workspace;

// "Mina kunder": the fast omsorgskontakt's clients with their next meeting,
// the participation checklist before it, consent, the decisions to report
// back afterwards and the contact person's own open actions.
class ContactPersonView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPersonView(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Saves a changed checklist; false (with a message) when it failed.
    bool saveChecklist();
    bool hasUnsavedChanges() const { return m_checklistDirty; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showClient(int row);
    void addAgendaItem();
    void registerConsent();
    void markFeedback();
    void fillChecklist();
    QString consentSummary(qint64 clientId) const;
    QString sipSummary(qint64 clientId) const;

    Workspace &m_workspace;
    QList<Client> m_clients;
    qint64 m_clientId = 0;
    qint64 m_agendaItemId = 0;
    Participation m_participation;
    bool m_checklistDirty = false;
    bool m_filling = false;
    QTableWidget *m_clientTable;
    QLabel *m_nextMeeting;
    QGroupBox *m_checklist;
    QCheckBox *m_clientAsked;
    QPlainTextEdit *m_wishes;
    QLineEdit *m_notAskedReason;
    QComboBox *m_relatives;
    QLineEdit *m_relativesNote;
    QPushButton *m_saveChecklist;
    QPushButton *m_addItem;
    QPushButton *m_consentButton;
    QPushButton *m_sipButton;
    QLabel *m_consent;
    QLabel *m_sipSummary;
    QTableWidget *m_feedbackTable;
    QPushButton *m_feedbackButton;
    QTableWidget *m_actionTable;
};

} // namespace tf
