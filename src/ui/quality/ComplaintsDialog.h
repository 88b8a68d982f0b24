#pragma once

#include "domain/quality/Complaint.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tf {

class Workspace;

// Klagomål och synpunkter of a unit: the list (open first), a form to
// register one without client details and the feedback that closes it,
// through services/quality/Complaints. The open ones come to the APT.
class ComplaintsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintsDialog(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Saves the form; false when it was refused (the text stays).
    bool registerComplaint();
    // Records the feedback on the chosen row; false when refused.
    bool recordFeedback();

    QTableWidget *list() const { return m_list; }

private:
    Workspace &m_workspace;
    QList<Complaint> m_shown;
    QComboBox *m_unit;
    QTableWidget *m_list;
    QDateEdit *m_received;
    QComboBox *m_kind;
    QLineEdit *m_summary;
    QLineEdit *m_feedback;
    QDateEdit *m_feedbackOn;
    QLabel *m_result;
};

} // namespace tf
