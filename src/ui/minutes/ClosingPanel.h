#pragma once

#include "domain/Meeting.h"
#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tf {

class Workspace;

// The end of the meeting: the clients for the next meeting, the secretary's
// finish, approval by a justerare (or the chair) that locks the minutes,
// dated addenda afterwards, and the minutes as PDF.
class ClosingPanel : public QWidget
{
    Q_OBJECT
public:
    ClosingPanel(Workspace &workspace, QWidget *parent = nullptr);

    void load(const Meeting &meeting, const QList<Person> &participants);
    bool finish();
    bool approve();
    bool addAddendum();
    bool exportPdf(bool anonymize);
    void print();

Q_SIGNALS:
    // The meeting's status changed (finished, approved).
    void closingChanged();

private:
    void refresh();
    void storeNextClients();

    Workspace &m_workspace;
    Meeting m_meeting;
    QLabel *m_state;
    QListWidget *m_nextClients;
    QPushButton *m_finish;
    QComboBox *m_approver;
    QPushButton *m_approve;
    QPlainTextEdit *m_addendum;
    QPushButton *m_addAddendum;
    QListWidget *m_addenda;
    QPushButton *m_exportPdf;
    QPushButton *m_exportAnonymous;
    QPushButton *m_print;
    bool m_filling = false;
};

} // namespace tf
