#pragma once

#include "domain/Client.h"
#include "domain/care/RiskAssessment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tf {

class Workspace;

// The vårdplan after an assessment with risk (seed 003): its measures with
// who does them and when they are followed up, a new measure added, and a
// measure's follow-up recorded. Each save is one transaction of
// RiskCarePlans; the measures then come up on the client's next teammöte.
class RiskCarePlanDialog : public QDialog
{
    Q_OBJECT
public:
    RiskCarePlanDialog(Workspace &workspace, const Client &client, const RiskAssessment &assessment,
        QWidget *parent = nullptr);

    // True once a measure was added or followed up.
    bool changed() const { return m_changed; }

private:
    void showMeasures();
    void addMeasure();
    void recordFollowUp();

    Workspace &m_workspace;
    Client m_client;
    RiskAssessment m_assessment;
    QLabel *m_state;
    QTreeWidget *m_measures;
    QLineEdit *m_what;
    QComboBox *m_responsible;
    QDateEdit *m_followUp;
    QPushButton *m_add;
    QLineEdit *m_outcome;
    QPushButton *m_followedUp;
    bool m_changed = false;
};

} // namespace tf
