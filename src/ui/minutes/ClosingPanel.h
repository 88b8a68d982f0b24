#pragma once

#include "domain/Meeting.h"
#include "domain/Minutes.h"
#include "domain/Person.h"
#include "services/minutes/MeetingMinutes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tf {

class Workspace;

// The end of the meeting: the clients for the next meeting, the secretary's
// finish, the justerare named at the meeting, approval by one of them (or
// the chair) in their own name that locks the minutes,
// dated addenda afterwards, and the minutes as PDF.
class ClosingPanel : public QWidget
{
    Q_OBJECT
public:
    ClosingPanel(Workspace &workspace, QWidget *parent = nullptr);

    void load(const Meeting &meeting, const QList<Person> &participants);
    // Shows the closing read with the other panels' reads (readClosing with
    // closingChoicesDay()).
    void showRead(const Meeting &meeting, const QList<Person> &participants,
        const MeetingMinutes::ClosingRead &read);
    // The day whose clients the next meeting's clients are chosen from.
    static QDate closingChoicesDay();
    bool finish();
    bool approve();
    bool addAddendum();
    bool exportPdf(bool anonymize);
    void print();
    // The closing state as last read (load, and after each change here).
    const MinutesClosing &closing() const { return m_closing; }

Q_SIGNALS:
    // The meeting's status changed (finished, approved).
    void closingChanged();

private:
    // Reads the closing and its addenda again and shows them.
    void refresh();
    void showClosing(const MeetingMinutes::ClosingRead &read);
    void storeNextClients();
    void storeJusterare();
    // The approver signs in and approves; false when cancelled or refused.
    bool approveWithCode(MeetingMinutes &minutes);

    Workspace &m_workspace;
    Meeting m_meeting;
    MinutesClosing m_closing;
    QLabel *m_state;
    QListWidget *m_nextClients;
    QPushButton *m_finish;
    QListWidget *m_justerare;
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
