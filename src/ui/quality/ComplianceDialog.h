#pragma once

#include "domain/Compliance.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tf {

class Workspace;

// How the meeting routine was kept in a year, for the enhetschef (one unit)
// and the verksamhetschef (every unit): a chart of the meetings held against
// what the routine asks per forum, the same figures in a table beside it for
// screen readers, and the year's PDF for the patient-safety report
// (services/quality/ComplianceReport).
class ComplianceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplianceDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Counts the chosen year and unit (or all); false when it was refused.
    bool showReport();
    // Writes the shown report to a PDF chosen in a file dialog.
    bool savePdf();

private:
    void fillTable();
    void fillChart();

    Workspace &m_workspace;
    ComplianceReport m_report;
    QSpinBox *m_year;
    QComboBox *m_unit;
    QChartView *m_chart;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace tf
