#pragma once

#include "services/quality/AptYearWheel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace tf {

class Workspace;

// The APT's årshjul for a unit (services/quality/AptYearWheel): each
// month's topics and whether they are the organisation's or the unit's
// own; the chosen month's topics changed for the unit, or returned to the
// organisation's.
class YearWheelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit YearWheelDialog(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Saves the text box's topics (one a line) as the unit's own for the
    // chosen month; false when refused.
    bool saveOwn();
    // The chosen month follows the organisation's årshjul again.
    bool useOrganisation();

    QTableWidget *months() const { return m_months; }
    QPlainTextEdit *topics() const { return m_topics; }

private:
    void showChosen();
    int chosenMonth() const;

    Workspace &m_workspace;
    QList<AptYearWheel::Month> m_year;
    QComboBox *m_unit;
    QTableWidget *m_months;
    QPlainTextEdit *m_topics;
    QLabel *m_result;
};

} // namespace tf
