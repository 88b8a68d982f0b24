#pragma once

#include "services/quality/SelfInspections.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace tf {

class Workspace;

// The unit's egenkontroller: each one of the plan with how often, its
// period, whether it is done, due or overdue, when it was last done, its
// source and who does it; and a result recorded for the chosen one
// (services/quality/SelfInspections).
class SelfInspectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SelfInspectionDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the chosen unit's inspections; false when it was refused.
    bool showUnit();
    // Records the result written for the inspection chosen in the table;
    // false, with the form kept, when it was refused.
    bool record();

private:
    void showChosen();

    Workspace &m_workspace;
    QList<SelfInspections::UnitStatus> m_status;
    QComboBox *m_unit;
    QTableWidget *m_table;
    QLabel *m_chosen;
    QDateEdit *m_performedOn;
    QPlainTextEdit *m_finding;
    QLineEdit *m_measures;
};

} // namespace tf
