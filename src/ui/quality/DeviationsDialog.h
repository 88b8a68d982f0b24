#pragma once

#include "services/quality/Deviations.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tf {

class DeviationSummaryChart;
class Workspace;

// Avvikelser for the enhetschef: a unit (or every unit) and a period; the
// period's deviations per category and per unit as charts beside the
// previous period, with tables of the same figures; the list of the
// period's deviations; a form to register one and the import of a record
// system's CSV export. Every rule is the service's (services/quality).
class DeviationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeviationsDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the chosen unit's period again.
    void refresh();
    // Saves the form as a new deviation; false when it was refused (the
    // form keeps what was typed).
    bool registerDeviation();
    // Imports a CSV file (asked for through FileDialog); false when nothing
    // was saved.
    bool importCsv();

    DeviationSummaryChart *categoryChart() const { return m_byCategory; }
    QTableWidget *list() const { return m_list; }

private:
    qint64 unitId() const;
    // The column mapping the user confirms for the file's header; false
    // when they cancelled.
    bool askMapping(const QStringList &header, QHash<QString, QString> *mapping);

    Workspace &m_workspace;
    QComboBox *m_unit;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_total;
    DeviationSummaryChart *m_byCategory;
    DeviationSummaryChart *m_byUnit;
    QTableWidget *m_list;
    QDateEdit *m_day;
    QComboBox *m_category;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_description;
    QLabel *m_result;
};

} // namespace tf
